#include "referencespanel.h"
#include "articledocument.h"
#include "articleedits.h"
#include "iconengines.h"
#include "plainheaderview.h"
#include "referencedialog.h"
#include "referencesmodel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {
constexpr int kDomainWidth = 120; // beside the URL column
constexpr int kMinimumUrlWidth = 100;
// Longer statuses (a redirect's target, a TLS error) are cut at this many average characters.
constexpr int kStatusCharacters = 40;
constexpr int kReadableDomainCharacters = 14; // "news.example.com" cut in its middle still says which

// Statuses are words ("Invalid number", "Host not found"): cut short, they keep their start. In a
// sidebar too narrow for them, their icons stand alone (the tooltips tell them).
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool iconsOnly = false;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
        if (iconsOnly) {
            option->text.clear();
            option->features &= ~QStyleOptionViewItem::HasDisplay;
        }
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override
    {
        if (!iconsOnly || event->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        // The status the icon stands for, above what the row's tooltip tells.
        const QString status = index.data().toString();
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QToolTip::showText(event->globalPos(), tip.isEmpty() ? status : status + u'\n' + tip, view);
        return true;
    }
};

} // namespace

ReferencesPanel::ReferencesPanel(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ReferencesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    setAccessibleName(tr("References"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReferencesModel::SortRole);

    PlainHeaderView::install(m_view);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("References list"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list for the next control, as in the Comments and Problems lists: stepping from
    // cell to cell of a list no cell of which is edited trapped the keyboard in it.
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    // Sized for their widest numbers (fitNumberColumns()), wherever those rows are.
    header->setSectionResizeMode(ReferencesModel::NumberColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(ReferencesModel::CitedColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(ReferencesModel::UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReferencesModel::DomainColumn, QHeaderView::Interactive);
    m_statusDelegate = new StatusDelegate(m_view);
    m_view->setItemDelegateForColumn(ReferencesModel::StatusColumn, m_statusDelegate);
    header->resizeSection(ReferencesModel::DomainColumn, kDomainWidth);
    // The sidebar is narrow: show how often a source is cited before its (long) URL.
    header->moveSection(
        header->visualIndex(ReferencesModel::CitedColumn), header->visualIndex(ReferencesModel::UrlColumn));
    m_view->viewport()->installEventFilter(this);
    // File order until the user asks for another one.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ReferencesPanel::fitNumberColumns);

    m_empty->setText(tr("No references yet.\nUse Add to cite a source."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setAccessibleName(tr("No references"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_add = new QAction(themeIcon(u"list-add"_s), tr("&Add Reference…"), this);
    m_edit = new QAction(themeIcon(u"document-edit"_s), tr("&Edit Reference…"), this);
    m_remove = new QAction(themeIcon(u"list-remove"_s), tr("&Remove Reference"), this);
    m_copyUrl = new QAction(themeIcon(u"edit-copy"_s), tr("&Copy URL"), this);
    m_add->setToolTip(tr("Add a reference at the end of the list"));
    m_edit->setToolTip(tr("Change the selected reference's number, URL or label"));
    m_remove->setToolTip(tr("Remove the selected reference"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2)); // as item views rename with it
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyUrl->setShortcut(QKeySequence::Copy);
    m_copyUrl->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_checkLink = new QAction(themeIcon(u"network-connect"_s), tr("Check &Link"), this);
    m_checkLink->setToolTip(tr("Check whether the selected reference's URL still answers"));
    m_checkLink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_checkLink->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(m_edit);
    QWidget::addAction(m_remove);
    QWidget::addAction(m_copyUrl);
    QWidget::addAction(m_checkLink);

    auto *toolBar = new QToolBar(this);
    toolBar->setAccessibleName(tr("Reference actions"));
    toolBar->setIconSize(QSize(16, 16));
    // Icons only: the sidebar can be 240 pixels wide, too narrow for the buttons' words, and a button
    // that does not fit would be left to the tool bar's overflow menu. Tooltips name each one.
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->addAction(m_add);
    toolBar->addAction(m_edit);
    toolBar->addAction(m_remove);
    toolBar->addAction(m_checkLink);
    for (QAction *action : {m_add, m_edit, m_remove, m_checkLink}) {
        if (QWidget *button = toolBar->widgetForAction(action))
            button->setAccessibleName(action->text().remove(u'&').remove(u'…'));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_stack);

    connect(m_add, &QAction::triggered, this, &ReferencesPanel::addReference);
    connect(m_edit, &QAction::triggered, this, &ReferencesPanel::editReference);
    connect(m_remove, &QAction::triggered, this, &ReferencesPanel::removeReference);
    connect(m_copyUrl, &QAction::triggered, this, &ReferencesPanel::copyUrl);
    connect(m_checkLink, &QAction::triggered, this, [this] {
        const QString url = currentSourceIndex().data(ReferencesModel::UrlRole).toString();
        if (!url.isEmpty())
            Q_EMIT checkLinkRequested(url);
    });
    connect(m_view, &QAbstractItemView::activated, this, &ReferencesPanel::onActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ReferencesPanel::onSelectionChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_add);
        menu.addAction(m_edit);
        menu.addAction(m_remove);
        menu.addSeparator();
        menu.addAction(m_copyUrl);
        menu.addAction(m_checkLink);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // A reset (entries added or removed) drops the selection; put it back on the same number.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_numberBeforeReset = selectedNumber(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_numberBeforeReset != 0)
            selectReference(m_numberBeforeReset);
        if (selectedNumber() != m_lastEmitted)
            onSelectionChanged();
    });
    // Link checks report one by one: the column is measured again once they pause.
    connect(m_model, &ReferencesModel::linkStatusesChanged, this, [this] {
        if (std::exchange(m_statusFitPending, true))
            return;
        QMetaObject::invokeMethod(this, &ReferencesPanel::fitStatusColumn, Qt::QueuedConnection);
    });
    connect(m_document, &ArticleDocument::analysisUpdated, this, &ReferencesPanel::refresh);
    connect(m_document, &ArticleDocument::readOnlyChanged, this, &ReferencesPanel::updateActions);
    refresh();
}

bool ReferencesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Laid out in the window (or resized): the columns are measured as they are now drawn.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_fittedFor[0] = -1;
        fitNumberColumns();
    }
    return QWidget::eventFilter(watched, event);
}

// The number and cited columns are as wide as their widest numbers need. Qt's sizing to contents looks
// at a sample of rows (all of them would cost a measure of every row at every key), which left reference
// 3638 of a long list shown as "3…8". Digits take the same room in the faces tables are set in: the
// columns are measured again only when their widest numbers get another length or the sorted column
// changes.
void ReferencesPanel::fitNumberColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int numberRow = m_model->widestRow(ReferencesModel::NumberColumn);
    const int citedRow = m_model->widestRow(ReferencesModel::CitedColumn);
    const auto length = [this](int row, int column) {
        return row < 0 ? 0 : int(m_model->index(row, column).data().toString().size());
    };
    const int fitFor[3] = {length(numberRow, ReferencesModel::NumberColumn),
        length(citedRow, ReferencesModel::CitedColumn), header->sortIndicatorSection()};
    if (std::equal(std::begin(fitFor), std::end(fitFor), std::begin(m_fittedFor)))
        return;
    std::copy(std::begin(fitFor), std::end(fitFor), std::begin(m_fittedFor));
    for (const auto &[column, row] : {std::pair(ReferencesModel::NumberColumn, numberRow),
             std::pair(ReferencesModel::CitedColumn, citedRow)}) {
        int width = header->sectionSizeHint(column);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
            width = qMax(width, m_view->sizeHintForIndex(index).width() + (m_view->showGrid() ? 1 : 0));
        }
        header->resizeSection(column, width);
    }
    fitColumns();
}

void ReferencesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LanguageChange) {
        m_statusesFitted = {}; // measured again
        m_statusWidths.clear();
        fitStatusColumn();
        m_fittedFor[0] = -1; // measured again
        fitNumberColumns();
    }
}

// The status column is measured for the statuses shown, in the user's language and with their icon.
// It is never narrower than the analysis' statuses need, so "Invalid number" is never cut to "Inv…ber",
// nor than "Unused" needs; it wants the width of the longest link check's status too, so
// "404 Not Found · 120 ms" is not cut to "404 …", and fitColumns() decides how much of that it gets.
void ReferencesPanel::fitStatusColumn()
{
    m_statusFitPending = false;
    const ReferencesModel::StatusLabels labels = m_model->statusLabelsShown();
    if (labels == m_statusesFitted)
        return;
    m_statusesFitted = labels;
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = m_view->fontMetrics();
    option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    option.decorationSize = QSize(icon, icon);
    // Each text is measured once: a link check gives every link a text of its own.
    QHash<QString, int> widths;
    const auto measure = [&](const QString &text) {
        int width = m_statusWidths.value(text, -1);
        if (width < 0) {
            option.text = text;
            width = m_view->style()
                        ->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_view)
                        .width();
        }
        widths.insert(text, width);
        return width;
    };
    const int grid = m_view->showGrid() ? 1 : 0;
    m_statusMinimum = qMax(m_view->horizontalHeader()->sectionSizeHint(ReferencesModel::StatusColumn),
        measure(ReferencesModel::statusText(u"unused"_s)) + grid);
    for (const QString &label : labels.analysis)
        m_statusMinimum = qMax(m_statusMinimum, measure(label) + grid);
    m_statusWanted = m_statusMinimum;
    for (const QString &label : labels.linkChecks)
        m_statusWanted = qMax(m_statusWanted, measure(label) + grid);
    m_statusWidths = std::move(widths);
    option.features = QStyleOptionViewItem::HasDecoration;
    option.text.clear();
    m_statusIconOnly
        = m_view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_view).width() + grid;
    fitColumns();
}

// The columns share the width in this order: the numbers and the analysis' statuses whole, a link
// check's status whole up to a cap (cut at its end beyond), the domain as wide as a short host, and the
// URL column only when it then still has room; it is left out of a narrow sidebar (the domain's tooltip
// has the URL) and the domain takes the rest, cut in its middle. Whatever is cut is whole in the row's
// tooltip.
void ReferencesPanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int room = m_view->viewport()->width() - header->sectionSize(ReferencesModel::NumberColumn)
        - header->sectionSize(ReferencesModel::CitedColumn);
    const int minimumDomain = header->sectionSizeHint(ReferencesModel::DomainColumn);
    // Too narrow for the statuses and a host people can read ("b…g"): the statuses' icons alone, their
    // texts in the tooltips.
    const int readableDomain = m_view->fontMetrics().averageCharWidth() * kReadableDomainCharacters;
    // A long status ("Not checked: local or private address") is cut before the host is.
    const int cap = qMin(room - qMax(minimumDomain, readableDomain),
        m_view->fontMetrics().averageCharWidth() * kStatusCharacters);
    const bool iconsOnly = room - m_statusMinimum < readableDomain && m_statusIconOnly > 0;
    if (static_cast<StatusDelegate *>(m_statusDelegate)->iconsOnly != iconsOnly) {
        static_cast<StatusDelegate *>(m_statusDelegate)->iconsOnly = iconsOnly;
        m_model->setStatusTextShown(!iconsOnly); // the header and tooltips
        m_view->viewport()->update();
    }
    const int status = iconsOnly ? m_statusIconOnly : qMax(m_statusMinimum, qMin(m_statusWanted, cap));
    const int rest = room - status;
    // A host cut down to its ends says less than the address it hides: the URL comes only beside a
    // domain as wide as a short host.
    const bool showUrl = rest >= qMax(minimumDomain, kDomainWidth) + kMinimumUrlWidth;
    header->resizeSection(ReferencesModel::StatusColumn, status);
    header->setSectionHidden(ReferencesModel::UrlColumn, !showUrl);
    header->setSectionResizeMode(
        ReferencesModel::DomainColumn, showUrl ? QHeaderView::Interactive : QHeaderView::Stretch);
    if (showUrl)
        header->resizeSection(ReferencesModel::DomainColumn, qMax(minimumDomain, kDomainWidth));
}

QAbstractItemView *ReferencesPanel::view() const
{
    return m_view;
}

ReferencesModel *ReferencesPanel::model() const
{
    return m_model;
}

void ReferencesPanel::refresh()
{
    // A row the edit took away moves the view's selection to another: that is no choice of the user's,
    // and it comes while the views have yet to take the edited article. The selection follows its
    // number, or goes with it, and the views hear of that once the edit has reached them all.
    const qint64 selected = selectedNumber();
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    m_model->setAnalysis(m_document->article(), m_document->diagnostics(), &m_document->citationCounts(),
        &m_document->lastChange());
    if (selectedNumber() != selected) {
        const bool gone = selected > 0 && m_model->rowForNumber(selected) < 0;
        selectReference(gone ? 0 : selected);
        if (gone) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (selectedNumber() == 0)
                        Q_EMIT referenceSelected(0);
                },
                Qt::QueuedConnection);
        }
    }
    m_quiet = wasQuiet;
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    fitStatusColumn();
    fitNumberColumns();
    updateActions();
}

QModelIndex ReferencesPanel::currentSourceIndex() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_proxy->mapToSource(rows.first());
}

qint64 ReferencesPanel::selectedNumber() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? index.data(ReferencesModel::NumberRole).toLongLong() : 0;
}

void ReferencesPanel::selectReference(qint64 number)
{
    const int row = number > 0 ? m_model->rowForNumber(number) : -1;
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    if (row < 0) {
        m_view->selectionModel()->clearSelection();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_lastEmitted = selectedNumber();
    m_quiet = wasQuiet;
    updateActions();
}

void ReferencesPanel::onSelectionChanged()
{
    updateActions();
    const qint64 number = selectedNumber();
    if (m_quiet || number == m_lastEmitted)
        return;
    m_lastEmitted = number;
    Q_EMIT referenceSelected(number);
}

void ReferencesPanel::onActivated(const QModelIndex &index)
{
    const QString url = index.data(ReferencesModel::UrlRole).toString();
    if (!url.isEmpty())
        Q_EMIT openRequested(url);
}

void ReferencesPanel::updateActions()
{
    const QModelIndex index = currentSourceIndex();
    const bool isEntry = index.isValid() && index.data(ReferencesModel::ReferenceIndexRole).toInt() >= 0;
    const bool writable = !m_document->isReadOnly();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && index.isValid());
    m_remove->setEnabled(writable && isEntry);
    m_copyUrl->setEnabled(isEntry && !index.data(ReferencesModel::UrlRole).toString().isEmpty());
    m_checkLink->setEnabled(m_copyUrl->isEnabled());
}

void ReferencesPanel::addReference()
{
    m_document->analyseNow();
    const Article &article = m_document->article();
    const qint64 next = nextReferenceNumber(article);
    QSet<qint64> used;
    for (const Reference &ref : article.references)
        used.insert(ref.number);

    // A selected "missing" row offers its number, so the dangling markers get their entry.
    const QModelIndex index = currentSourceIndex();
    const bool forMissing = index.isValid() && index.data(ReferencesModel::ReferenceIndexRole).toInt() < 0;
    ReferenceDialog dialog(this);
    dialog.setWindowTitle(tr("Add Reference"));
    dialog.setUsedNumbers(used);
    dialog.setNumber(forMissing ? index.data(ReferencesModel::NumberRole).toLongLong() : next);
    if (dialog.exec() != QDialog::Accepted)
        return;

    if (!m_document->referenceNumberFreeNow(dialog.number(), -1, tr("Add Reference")))
        return;
    if (dialog.number() == nextReferenceNumber(m_document->article())) {
        m_document->addReference(dialog.url(), dialog.label());
    } else {
        m_document->applyEdits(tr("Add Reference"),
            addReferenceEdits(m_document->article(), dialog.number(), dialog.url(), dialog.label()));
    }
    m_document->analyseNow();
    selectReference(dialog.number());
    Q_EMIT referenceSelected(dialog.number());
}

void ReferencesPanel::editReference()
{
    m_document->analyseNow(); // the row must describe the current text
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid())
        return;
    const int referenceIndex = index.data(ReferencesModel::ReferenceIndexRole).toInt();
    if (referenceIndex < 0) {
        addReference();
        return;
    }
    const Article &article = m_document->article();
    if (referenceIndex >= article.references.size())
        return;
    const Reference ref = article.references.at(referenceIndex);
    // What finds the entry again once the dialog closes: the text may change under it (a reload).
    const QString entryText = article.view(ref.span).toString();
    QSet<qint64> used;
    for (qsizetype i = 0; i < article.references.size(); ++i) {
        if (i != referenceIndex)
            used.insert(article.references.at(i).number);
    }
    ReferenceDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Reference"));
    dialog.setUsedNumbers(used);
    dialog.setNumber(ref.number);
    dialog.setExistingUrl(ref.url);
    dialog.setLabel(ref.label);
    // Another number leaves the markers citing the old one without their source, as removing it would.
    // Asked while the dialog is still open: No goes back to it with every change kept, as the number may
    // be all the user wants to put right.
    const int cited = index.data(ReferencesModel::CitedRole).toInt();
    dialog.setConfirmation([&] {
        if (cited <= 0 || dialog.number() == ref.number)
            return true;
        const auto answer = QMessageBox::question(&dialog, tr("Edit Reference"),
            tr("Reference [%1] is cited %n time(s) in the text. Give it the number %2 anyway? The markers "
               "citing [%1] will point to nothing (Renumber Citations changes markers and entries together).",
                "", cited)
                .arg(ref.number)
                .arg(dialog.number()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            return true;
        dialog.numberEdit()->setFocus();
        dialog.numberEdit()->selectAll();
        return false;
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.number() == ref.number && dialog.url() == ref.url && dialog.label() == ref.label)
        return;
    const int now = m_document->referenceIndexNow(referenceIndex, entryText, tr("Edit Reference"));
    if (now < 0)
        return;
    if (dialog.number() != ref.number
        && !m_document->referenceNumberFreeNow(dialog.number(), now, tr("Edit Reference")))
        return;
    m_document->updateReference(now, dialog.number(), dialog.url(), dialog.label());
    m_document->analyseNow();
    selectReference(dialog.number());
    // Under its new number the entry is cited by other markers (none, or those that were dangling).
    if (dialog.number() != ref.number)
        Q_EMIT referenceSelected(dialog.number());
}

void ReferencesPanel::removeReference()
{
    m_document->analyseNow(); // the row must describe the current text
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid())
        return;
    const int referenceIndex = index.data(ReferencesModel::ReferenceIndexRole).toInt();
    if (referenceIndex < 0)
        return;
    const qint64 number = index.data(ReferencesModel::NumberRole).toLongLong();
    const int cited = index.data(ReferencesModel::CitedRole).toInt();
    const Article &article = m_document->article();
    if (referenceIndex >= article.references.size())
        return;
    // What finds the entry again once the question is answered: the text may change meanwhile (a reload).
    const QString entryText = article.view(article.references.at(referenceIndex).span).toString();
    if (cited > 0) {
        const auto answer = QMessageBox::question(this, tr("Remove Reference"),
            tr("Reference [%1] is cited %n time(s) in the text. Remove it anyway? The markers will point to "
               "nothing.",
                "", cited)
                .arg(number),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const int now = m_document->referenceIndexNow(referenceIndex, entryText, tr("Remove Reference"));
    if (now < 0)
        return;
    m_document->removeReference(now);
    m_document->analyseNow();
}

void ReferencesPanel::copyUrl()
{
    const QString url = currentSourceIndex().data(ReferencesModel::UrlRole).toString();
    if (!url.isEmpty())
        QGuiApplication::clipboard()->setText(url);
}

} // namespace Citewise
