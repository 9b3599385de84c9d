#include "commentspanel.h"
#include "articledocument.h"
#include "commentdialog.h"
#include "commentsmodel.h"
#include "iconengines.h"
#include "plainheaderview.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Citewise {

QString CommentsPanel::authorSettingsKey()
{
    return u"comments/author"_s;
}

CommentsPanel::CommentsPanel(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new CommentsModel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    setAccessibleName(tr("Comments"));
    PlainHeaderView::install(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Comments list"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    // Columns sized to their contents look at a sample of rows, not at thousands of them.
    m_view->header()->setResizeContentsPrecision(64);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // The author and time columns are sized to their contents once the panel is first shown (see
    // showEvent()): a view sizes such columns even while hidden, after every change of its rows.
    m_view->header()->setStretchLastSection(true);

    m_empty->setText(tr("No comments yet."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setAccessibleName(tr("No comments"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_add = new QAction(themeIcon(u"list-add"_s), tr("&Add Comment…"), this);
    m_edit = new QAction(themeIcon(u"document-edit"_s), tr("&Edit Comment…"), this);
    m_delete = new QAction(themeIcon(u"edit-delete"_s), tr("&Delete Comment"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2)); // as item views rename with it
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(m_edit);
    QWidget::addAction(m_delete);

    auto *toolBar = new QToolBar(this);
    toolBar->setAccessibleName(tr("Comment actions"));
    toolBar->setIconSize(QSize(16, 16));
    // Icons only: the sidebar can be 240 pixels wide, too narrow for the buttons' words, and a button
    // that does not fit would be left to the tool bar's overflow menu. Tooltips name each one.
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *action : {m_add, m_edit, m_delete}) {
        toolBar->addAction(action);
        if (QWidget *button = toolBar->widgetForAction(action))
            button->setAccessibleName(action->text().remove(u'&').remove(u'…'));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_stack);

    connect(m_add, &QAction::triggered, this, &CommentsPanel::addComment);
    connect(m_edit, &QAction::triggered, this, &CommentsPanel::editComment);
    connect(m_delete, &QAction::triggered, this, &CommentsPanel::deleteComment);
    // Activating a comment edits it when the Edit action can (not in a file opened read-only).
    connect(m_view, &QAbstractItemView::activated, m_edit, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CommentsPanel::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_add);
        menu.addAction(m_edit);
        menu.addAction(m_delete);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Comments are added or removed one at a time: keep the selection on the same row after a reset.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_rowBeforeReset = selectedComment(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = std::min(m_rowBeforeReset, m_model->rowCount() - 1);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        updateActions();
    });
    connect(m_document, &ArticleDocument::analysisUpdated, this, &CommentsPanel::refresh);
    connect(m_document, &ArticleDocument::readOnlyChanged, this, &CommentsPanel::updateActions);
    refresh();
}

void CommentsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QHeaderView *header = m_view->header();
    if (header->sectionResizeMode(CommentsModel::AuthorColumn) == QHeaderView::ResizeToContents)
        return;
    header->setSectionResizeMode(CommentsModel::AuthorColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CommentsModel::TimeColumn, QHeaderView::ResizeToContents);
}

void CommentsPanel::refresh()
{
    m_model->setArticle(m_document->article());
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    updateActions();
}

int CommentsPanel::selectedComment() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CommentsPanel::updateActions()
{
    const bool writable = !m_document->isReadOnly();
    const bool selected = selectedComment() >= 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);
}

void CommentsPanel::addComment()
{
    QSettings settings;
    CommentDialog dialog(this);
    dialog.setWindowTitle(tr("Add Comment"));
    dialog.setAuthor(settings.value(authorSettingsKey()).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(authorSettingsKey(), dialog.author());
    m_document->analyseNow();
    m_document->addComment(dialog.author(), dialog.text());
    m_document->analyseNow();
    const int last = m_model->rowCount() - 1;
    if (last >= 0)
        m_view->setCurrentIndex(m_model->index(last, 0));
}

void CommentsPanel::editComment()
{
    m_document->analyseNow(); // the row must describe the current text
    const int index = selectedComment();
    const Article &article = m_document->article();
    if (index < 0 || index >= article.comments.size())
        return;
    const Comment comment = article.comments.at(index);
    // What finds the comment again once the dialog closes: the text may change under it (a reload).
    const QString commentText = article.view(comment.span).toString();
    CommentDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Comment"));
    dialog.setAuthor(comment.author);
    dialog.setAuthorEditable(false);
    dialog.setText(comment.text);
    if (dialog.exec() != QDialog::Accepted || dialog.text() == comment.text)
        return;
    const int now = m_document->commentIndexNow(index, commentText, tr("Edit Comment"));
    if (now < 0)
        return;
    m_document->updateComment(now, dialog.text());
    m_document->analyseNow();
}

void CommentsPanel::deleteComment()
{
    m_document->analyseNow();
    const int index = selectedComment();
    if (index < 0 || index >= m_document->article().comments.size())
        return;
    // No confirmation: the deletion is one undo step away from being reverted.
    m_document->removeComment(index);
    m_document->analyseNow();
}

} // namespace Citewise
