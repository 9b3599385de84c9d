// The Problems sidebar: every diagnostic of the article; activating one moves the editor to it.
#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace Citewise {

class ArticleDocument;
class ProblemsModel;

class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(ArticleDocument *document, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ProblemsModel *model() const { return m_model; }
    int problemCount() const;
    // "Problems (3)": the panel's window title, for the dock or tab that shows it.
    QString title() const;
    // Makes the problem in `row` the list's current one and scrolls to it, without activating it.
    void selectProblem(int row);

Q_SIGNALS:
    void problemActivated(qsizetype position); // text position to move the editor cursor to
    void countChanged(int count);

private:
    void refresh();
    void onActivated(const QModelIndex &index);

    ArticleDocument *m_document;
    ProblemsModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    int m_count = -1;
};

} // namespace Citewise
