#include "statuscounts.h"

#include "iconengines.h"
#include "mainwindowactions.h"
#include "wordcount.h"

#include <QEvent>
#include <QLabel>
#include <QSizeGrip>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

QLabel *addCounter(QStatusBar *bar, const QString &accessibleName)
{
    auto *label = new QLabel(bar);
    label->setAccessibleName(accessibleName);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(label);
    return label;
}

} // namespace

// Counting words reads the whole text; on a large article that is left for a quiet moment instead of
// being done on every keystroke.
constexpr qsizetype kCountNowBelow = 256 * 1024;
constexpr int kWordCountDelayMs = 300;

StatusCounts::StatusCounts(QStatusBar *statusBar)
    : QObject(statusBar)
    , m_bar(statusBar)
    , m_wordTimer(new QTimer(this))
    , m_paragraphs(addCounter(statusBar, tr("Paragraph count")))
    , m_words(addCounter(statusBar, tr("Word count")))
    , m_citations(addCounter(statusBar, tr("Citation count")))
    , m_references(addCounter(statusBar, tr("Reference count")))
    , m_problems(new QToolButton(statusBar))
{
    m_problems->setAccessibleName(tr("Problem count"));
    m_problems->setToolTip(tr("Show the list of problems"));
    m_problems->setAutoRaise(true);
    m_problems->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar->addPermanentWidget(m_problems);
    connect(m_problems, &QToolButton::clicked, this, &StatusCounts::problemsClicked);
    m_wordTimer->setSingleShot(true);
    m_wordTimer->setInterval(kWordCountDelayMs);
    connect(m_wordTimer, &QTimer::timeout, this, &StatusCounts::refreshWordCount);
    statusBar->installEventFilter(this);
    connect(statusBar, &QStatusBar::messageChanged, this, &StatusCounts::fitToWidth);
    update({}, {});
}

bool StatusCounts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar && event->type() == QEvent::Resize)
        fitToWidth();
    return QObject::eventFilter(watched, event);
}

// A status bar too narrow for every count shows those it has room for, whole: squeezed, a label was cut
// at its end ("Citations: 1" for 12, "Paragraphs" without its number). The problems go last, and the
// paragraphs first. (QStatusBar sets its widgets 6 pixels apart, after 2 of margin, the size grip last.)
// A message keeps its room while it shows (what was just done, where a link goes): the counts but the
// problems give way to it, and come back when it goes; else it was cut to a letter.
void StatusCounts::fitToWidth()
{
    constexpr int kSpacing = 6;
    int room = m_bar->contentsRect().width() - 2;
    if (const auto *grip = m_bar->findChild<QSizeGrip *>(); grip && grip->isVisibleTo(m_bar))
        room -= grip->sizeHint().width() + 1;
    if (const QString message = m_bar->currentMessage(); !message.isEmpty())
        room -= m_bar->fontMetrics().horizontalAdvance(message) + 2 * kSpacing;
    for (QWidget *widget : {static_cast<QWidget *>(m_problems), static_cast<QWidget *>(m_citations),
             static_cast<QWidget *>(m_references), static_cast<QWidget *>(m_words),
             static_cast<QWidget *>(m_paragraphs)}) {
        const int needed = widget->sizeHint().width() + kSpacing;
        const bool fits = widget == m_problems || needed <= room;
        if (fits)
            room -= needed;
        if (widget->isHidden() == fits)
            widget->setVisible(fits);
    }
}

void StatusCounts::refreshWordCount()
{
    m_wordTimer->stop();
    m_words->setText(tr("Words: %1").arg(wordCount(m_article)));
    fitToWidth();
}

int StatusCounts::wordCount(const Article &article)
{
    // Citation markers are no words (renumbering must not change the count): the stretches between
    // them are counted. Markers and spans both come in reading order.
    const QList<Citation> &citations = article.citations;
    qsizetype next = 0;
    const auto wordsIn = [&](TextSpan span) {
        while (next < citations.size() && citations.at(next).span.start < span.start)
            ++next;
        int words = 0;
        qsizetype from = span.start;
        for (; next < citations.size() && citations.at(next).span.end() <= span.end(); ++next) {
            words += countWords(article.text.view(from, citations.at(next).span.start - from));
            from = citations.at(next).span.end();
        }
        return words + countWords(article.text.view(from, span.end() - from));
    };
    int words = wordsIn(article.titleSpan);
    for (const Paragraph &paragraph : article.paragraphs)
        words += wordsIn(paragraph.span);
    return words;
}

void StatusCounts::releaseArticle()
{
    m_article = Article();
}

void StatusCounts::update(const Article &article, const QList<Diagnostic> &diagnostics)
{
    const auto paragraphs = int(article.paragraphs.size());
    m_paragraphs->setText(tr("Paragraphs: %1").arg(paragraphs));
    m_article = article;
    if (article.text.size() < kCountNowBelow)
        refreshWordCount();
    else
        m_wordTimer->start();
    m_citations->setText(tr("Citations: %1").arg(article.citations.size()));
    m_references->setText(tr("References: %1").arg(article.references.size()));

    int errors = 0;
    for (const Diagnostic &diagnostic : diagnostics)
        errors += diagnostic.severity == Diagnostic::Severity::Error ? 1 : 0;
    const auto problems = int(diagnostics.size());
    m_problems->setText(problems == 0 ? tr("No problems") : tr("Problems: %1").arg(problems));
    const QString iconName = errors > 0 ? u"dialog-error"_s
        : problems > 0                  ? u"dialog-warning"_s
                                        : u"dialog-ok"_s;
    // Looked up in the icon theme only when it changes, not at every keystroke.
    if (iconName != m_problemsIconName) {
        m_problems->setIcon(themeIcon(iconName));
        m_problemsIconName = iconName;
    }
    fitToWidth();
}

} // namespace Citewise
