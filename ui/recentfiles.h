// The File ▸ Open Recent list: the last opened or saved articles, kept in QSettings across sessions.
#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>

class QMenu;

namespace Citewise {

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 10;

    // Fills `menu` (owned by the caller) and keeps it current.
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const; // most recent first, files that no longer exist left out
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void store(const QStringList &files);
    void rebuildMenu();

    QMenu *m_menu;
    // Kept, not made per call: a QSettings writes its changes to disk when destroyed, which made
    // opening a file wait for the settings file to be written. This one writes from the event loop;
    // other QSettings objects in the process see its changes at once.
    QSettings m_settings;
};

} // namespace Citewise
