// The Comments sidebar: the article's review comments, with actions to add, edit and delete them
// through the document (each one undo step).
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace Citewise {

class ArticleDocument;
class CommentsModel;

class CommentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommentsPanel(ArticleDocument *document, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    CommentsModel *model() const { return m_model; }
    QAction *addCommentAction() const { return m_add; }
    QAction *editCommentAction() const { return m_edit; }
    QAction *deleteCommentAction() const { return m_delete; }
    int selectedComment() const; // index into Article::comments, -1 when none

    // QSettings key holding the last author name used.
    static QString authorSettingsKey();

public Q_SLOTS:
    void addComment();
    void editComment();
    void deleteComment();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateActions();

    ArticleDocument *m_document;
    CommentsModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    int m_rowBeforeReset = -1;
};

} // namespace Citewise
