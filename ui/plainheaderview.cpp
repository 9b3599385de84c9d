#include "plainheaderview.h"

#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTreeView>

namespace Citewise {

namespace {

PlainHeaderView *plainCopyOf(const QHeaderView *header, QWidget *parent)
{
    auto *plain = new PlainHeaderView(header->orientation(), parent);
    plain->setSectionsMovable(header->sectionsMovable());
    plain->setSectionsClickable(header->sectionsClickable());
    plain->setStretchLastSection(header->stretchLastSection());
    plain->setDefaultAlignment(header->defaultAlignment());
    plain->setSortIndicatorShown(header->isSortIndicatorShown());
    return plain;
}

} // namespace

PlainHeaderView::PlainHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setHighlightSections(false);
}

void PlainHeaderView::install(QTreeView *view)
{
    view->setHeader(plainCopyOf(view->header(), view));
}

void PlainHeaderView::install(QTableView *view)
{
    view->setHorizontalHeader(plainCopyOf(view->horizontalHeader(), view));
}

QSize PlainHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QAbstractItemModel *m = model();
    if (!m)
        return {};
    if (const QVariant hint = m->headerData(logicalIndex, orientation(), Qt::SizeHintRole); hint.isValid())
        return hint.toSize();
    ensurePolished();
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    const QVariant font = m->headerData(logicalIndex, orientation(), Qt::FontRole);
    option.fontMetrics = font.canConvert<QFont>() ? QFontMetrics(font.value<QFont>()) : fontMetrics();
    option.text = m->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration = m->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    option.icon = decoration.value<QIcon>();
    if (option.icon.isNull())
        option.icon = decoration.value<QPixmap>();
    // Room for the arrow whether or not this section is the one sorted by, as QHeaderView leaves.
    if (isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    return style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
}

} // namespace Citewise
