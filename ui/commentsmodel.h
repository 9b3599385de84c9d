// The table behind the Comments panel: author, time and text of each comment in the article.
#pragma once

#include "article.h"

#include <QAbstractTableModel>

namespace Citewise {

class CommentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AuthorColumn, TimeColumn, TextColumn, ColumnCount };
    enum Role { CommentIndexRole = Qt::UserRole + 1, AuthorRole, TimestampRole, TextRole, LineRole };

    explicit CommentsModel(QObject *parent = nullptr);

    // Resets only when the number of comments changed, so the selection survives typing elsewhere.
    void setArticle(const Article &article);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString author;
        QString timestamp;
        QString text;
        int line = 0;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
};

} // namespace Citewise
