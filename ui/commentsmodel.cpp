#include "commentsmodel.h"

#include <QFont>

namespace Citewise {

CommentsModel::CommentsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void CommentsModel::setArticle(const Article &article)
{
    QList<Row> rows;
    rows.reserve(article.comments.size());
    for (const Comment &c : article.comments)
        rows.append({c.author, c.timestamp, c.text, c.line});
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    int first = -1;
    int last = -1;
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r) == m_rows.at(r))
            continue;
        if (first < 0)
            first = r;
        last = r;
    }
    m_rows = std::move(rows);
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int CommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AuthorColumn:
            return row.author.isEmpty() ? tr("(anonymous)") : row.author;
        case TimeColumn:
            return row.timestamp;
        case TextColumn:
            return row.text;
        }
        break;
    case Qt::ToolTipRole:
        return row.text;
    case Qt::FontRole:
        if (index.column() == AuthorColumn) {
            QFont font;
            font.setBold(true);
            font.setItalic(row.author.isEmpty());
            return font;
        }
        break;
    case CommentIndexRole:
        return index.row();
    case AuthorRole:
        return row.author;
    case TimestampRole:
        return row.timestamp;
    case TextRole:
        return row.text;
    case LineRole:
        return row.line;
    }
    return {};
}

QVariant CommentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthorColumn:
        return tr("Author");
    case TimeColumn:
        return tr("Time");
    case TextColumn:
        return tr("Comment");
    }
    return {};
}

} // namespace Citewise
