#include "problemspanel.h"
#include "articledocument.h"
#include "plainheaderview.h"
#include "problemsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// The list of problems. It shows no positions in the text: a change of those alone (every problem
// after the cursor, at every key) needs no work from it. Qt's views work out the area of every
// changed row to repaint it whatever changed, which took as long as the rest of a key's update in
// a 10 MB article.
class ProblemsView final : public QTreeView
{
public:
    using QTreeView::QTreeView;

    // The Code column's width when shown. It gives way in a narrow panel, where the messages, which
    // say what is wrong, would otherwise be cut to a word: each message's tooltip names the code too.
    void setCodeWidth(int width)
    {
        m_codeWidth = width;
        header()->resizeSection(ProblemsModel::CodeColumn, width);
        fitCodeColumn();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTreeView::resizeEvent(event);
        fitCodeColumn();
    }

    void dataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override
    {
        if (roles.size() == 1 && roles.first() == ProblemsModel::PositionRole)
            return;
        QTreeView::dataChanged(topLeft, bottomRight, roles);
    }

private:
    // Shows the Code column while the messages keep at least twice its width.
    void fitCodeColumn()
    {
        const int fixed = header()->sectionSize(ProblemsModel::SeverityColumn)
            + header()->sectionSize(ProblemsModel::PositionColumn);
        const bool room = viewport()->width() - fixed >= 3 * m_codeWidth;
        if (isColumnHidden(ProblemsModel::CodeColumn) == room) {
            setColumnHidden(ProblemsModel::CodeColumn, !room);
            if (room)
                header()->resizeSection(ProblemsModel::CodeColumn, m_codeWidth);
        }
    }

    int m_codeWidth = 0;
};

} // namespace

ProblemsPanel::ProblemsPanel(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ProblemsModel(this))
    , m_view(new ProblemsView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    PlainHeaderView::install(m_view);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed widths from the font: sizing columns to their contents re-measured rows after every
    // analysis, which is after every keystroke.
    const QFontMetrics metrics = m_view->fontMetrics();
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->resizeSection(ProblemsModel::SeverityColumn, metrics.horizontalAdvance(tr("Warning")) + 48);
    header->resizeSection(ProblemsModel::PositionColumn, metrics.horizontalAdvance(u"00000:000"_s) + 16);
    header->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    static_cast<ProblemsView *>(m_view)->setCodeWidth(
        metrics.horizontalAdvance(u"missing-references-section"_s) + 16);

    m_empty->setText(tr("No problems found."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setAccessibleName(tr("No problems"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view, &QAbstractItemView::activated, this, &ProblemsPanel::onActivated);
    connect(m_document, &ArticleDocument::analysisUpdated, this, &ProblemsPanel::refresh);
    refresh();
}

int ProblemsPanel::problemCount() const
{
    return m_model->rowCount();
}

QString ProblemsPanel::title() const
{
    return tr("Problems (%1)").arg(problemCount());
}

void ProblemsPanel::selectProblem(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ProblemsPanel::refresh()
{
    m_model->setDiagnostics(m_document->diagnostics());
    const int count = m_model->rowCount();
    m_stack->setCurrentWidget(count == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    if (count == m_count)
        return;
    m_count = count;
    setWindowTitle(title());
    setAccessibleName(title());
    m_view->setAccessibleName(tr("Problems list, %n problem(s)", "", count));
    Q_EMIT countChanged(count);
}

void ProblemsPanel::onActivated(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT problemActivated(qsizetype(index.data(ProblemsModel::PositionRole).toLongLong()));
}

} // namespace Citewise
