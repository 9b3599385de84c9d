#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {
const auto kSettingsKey = u"recentFiles"_s;
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    // Built when shown, so files deleted or added by another window since then are current.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    const QStringList stored = m_settings.value(kSettingsKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile())
            existing.append(path);
    }
    return existing;
}

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    const QStringList kept = files.mid(0, kMaxFiles);
    // Opening the file that already heads the list changes nothing: the settings file is not
    // written again (a write syncs it to disk twice, before the window's first paint).
    if (kept == m_settings.value(kSettingsKey).toStringList())
        return;
    m_settings.setValue(kSettingsKey, kept);
    // Queued: "Clear List" itself lives in the menu that is rebuilt.
    QMetaObject::invokeMethod(this, &RecentFiles::rebuildMenu, Qt::QueuedConnection);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    // Files that disappeared are dropped from the stored list too.
    if (list != m_settings.value(kSettingsKey).toStringList())
        m_settings.setValue(kSettingsKey, list);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        const QString name = QFileInfo(path).fileName().replace(u'&', u"&&"_s);
        // Mnemonics 1-9 and 0 for the first ten entries.
        const QString text = i < 10 ? u"&%1  %2"_s.arg((i + 1) % 10).arg(name) : name;
        QAction *action = m_menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(tr("Clear &List"), this, &RecentFiles::clear);
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace Citewise
