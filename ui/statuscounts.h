// The status bar's permanent counters: paragraphs, words, citations, references and problems.
#pragma once

#include "article.h"
#include "diagnostic.h"

#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;
class QToolButton;

namespace Citewise {

class StatusCounts : public QObject
{
    Q_OBJECT
public:
    explicit StatusCounts(QStatusBar *statusBar);

    void update(const Article &article, const QList<Diagnostic> &diagnostics);
    // Lets go of the article kept for the word count until the next update() (see
    // ArticleDocument::articleAboutToChange()).
    void releaseArticle();
    static int wordCount(const Article &article); // words in the title and body paragraphs

    QLabel *paragraphsLabel() const { return m_paragraphs; }
    QLabel *wordsLabel() const { return m_words; }
    QLabel *citationsLabel() const { return m_citations; }
    QLabel *referencesLabel() const { return m_references; }
    QToolButton *problemsButton() const { return m_problems; }

Q_SIGNALS:
    void problemsClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshWordCount();
    void fitToWidth();

    QStatusBar *m_bar;
    Article m_article; // shares the text with the document's copy; counted when the timer fires
    QTimer *m_wordTimer;
    QLabel *m_paragraphs;
    QLabel *m_words;
    QLabel *m_citations;
    QLabel *m_references;
    QToolButton *m_problems;
    QString m_problemsIconName; // the theme name of the icon m_problems shows
};

} // namespace Citewise
