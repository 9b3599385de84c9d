// The References sidebar: the article's entries with their status, and actions to add, edit and
// remove them through the document (each one undo step).
#pragma once

#include "referencesmodel.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QAbstractItemView;
class QAction;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QStyledItemDelegate;
class QTableView;

namespace Citewise {

class ArticleDocument;

class ReferencesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReferencesPanel(ArticleDocument *document, QWidget *parent = nullptr);

    // Selects the row without emitting openRequested or referenceSelected (the caller already knows).
    void selectReference(qint64 number);
    qint64 selectedNumber() const; // 0 when nothing is selected
    QAbstractItemView *view() const;
    ReferencesModel *model() const;

    QAction *addReferenceAction() const { return m_add; }
    QAction *editReferenceAction() const { return m_edit; }
    QAction *removeReferenceAction() const { return m_remove; }
    QAction *copyUrlAction() const { return m_copyUrl; }
    QAction *checkLinkAction() const { return m_checkLink; }

public Q_SLOTS:
    void addReference();
    void editReference();
    void removeReference();
    void copyUrl();

Q_SIGNALS:
    void referenceSelected(qint64 number); // selection changed (0 = none)
    void openRequested(const QString &url); // double-click / Enter
    void checkLinkRequested(const QString &url); // Check Link on the selected entry

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fitNumberColumns();
    void fitStatusColumn();
    void fitColumns();
    void updateActions();
    void onSelectionChanged();
    void onActivated(const QModelIndex &index);
    QModelIndex currentSourceIndex() const;

    ArticleDocument *m_document;
    ReferencesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_copyUrl;
    QAction *m_checkLink;
    qint64 m_lastEmitted = 0;
    qint64 m_numberBeforeReset = 0;
    bool m_quiet = false;
    bool m_statusFitPending = false;
    // What the number and cited columns were last sized for: the length of their widest numbers and
    // the column sorted by (whose header shows an arrow). -1: not sized yet.
    int m_fittedFor[3] = {-1, -1, -1};
    ReferencesModel::StatusLabels m_statusesFitted; // the texts the status column was last sized for
    QHash<QString, int> m_statusWidths; // of those texts, as measured
    int m_statusMinimum = 0; // the width the status column never goes below
    int m_statusWanted = 0; // the width of its longest text
    int m_statusIconOnly = 0; // its width with the icons alone
    QStyledItemDelegate *m_statusDelegate = nullptr;
};

} // namespace Citewise
