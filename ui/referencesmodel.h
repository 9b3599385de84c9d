// The table behind the References panel: one row per reference entry (plus greyed rows for numbers that
// are cited but have no entry), with its status, domain, URL and how often it is cited.
#pragma once

#include "article.h"
#include "articleanalysis.h"
#include "diagnostic.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <array>

namespace Citewise {

class ReferencesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, StatusColumn, DomainColumn, UrlColumn, CitedColumn, ColumnCount };
    enum Role {
        NumberRole = Qt::UserRole + 1, // qint64
        UrlRole, // QString, empty for missing rows
        ReferenceIndexRole, // int index into Article::references, -1 for missing rows
        StatusRole, // QString status name ("unchecked", "ok", "broken", "unused", "missing", …)
        CitedRole, // int
        LabelRole, // QString
        SortRole, // what a column sorts by: the status column by how much it needs the reader
    };

    explicit ReferencesModel(QObject *parent = nullptr);

    // Rebuilds the rows. Resets only when the list of rows changed shape; otherwise emits dataChanged,
    // so selections and scroll positions survive the re-analysis that follows every keystroke.
    // `counts` (how often each number is cited) is counted from the article when not given. `change`,
    // when given, is what changed since the article of the previous call: rows it cannot have changed
    // are left alone.
    void setAnalysis(const Article &article, const QList<Diagnostic> &diagnostics,
        const CitationCounts *counts = nullptr, const ArticleChange *change = nullptr);
    // Result of a link check for every entry with this URL; an empty statusName clears it.
    void setLinkStatus(const QString &url, const QString &statusName, const QString &text);
    void clearLinkStatuses();

    int rowForNumber(qint64 number) const; // first row with that number, -1 when none
    // The row whose number (NumberColumn) or count (CitedColumn) is written with the most characters,
    // -1 when there is no row: what those columns must be wide enough for.
    int widestRow(Column column) const;
    // The texts the Status column shows, each once, in the order they first appear: what the column is
    // sized for. Those of the analysis ("Not checked", "Unused", ...) are short and always shown whole;
    // those of link checks ("404 Not Found · 120 ms", "Redirected → ...") may be long.
    struct StatusLabels
    {
        QStringList analysis;
        QStringList linkChecks;
        bool operator==(const StatusLabels &) const = default;
    };
    StatusLabels statusLabelsShown() const;
    // Whether the Status column's texts are shown beside its icons (the default). A sidebar too narrow
    // for both them and the domains shows the icons alone, under an empty header.
    void setStatusTextShown(bool shown);
    bool isStatusTextShown() const { return m_statusTextShown; }
    int rowForReferenceIndex(int index) const;
    // Readable status names, for the Status column.
    static QString statusText(const QString &statusName);
    // The host of the URL in ASCII (punycode) form, so look-alike letters are visible.
    static QString aceDomain(const QString &url);
    static QBrush mutedText(); // readable text that claims less than the rest

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A link check's result (or "checking") was set or cleared: the Status column's texts changed.
    void linkStatusesChanged();

private:
    QString domainOf(const QString &url) const;
    void forgetWidestRows()
    {
        m_widestRows = {kUnknownRow, kUnknownRow};
        m_statusesKnown = false;
    }
    static constexpr int kUnknownRow = -2;
    mutable std::array<int, 2> m_widestRows {kUnknownRow, kUnknownRow}; // widestRow() of both columns
    mutable StatusLabels m_statusLabelsShown; // statusLabelsShown(), while m_statusesKnown
    mutable bool m_statusesKnown = false;
    bool m_statusTextShown = true;
    mutable QHash<QString, QString> m_domainCache; // URL -> ACE domain

    struct Row
    {
        qint64 number = 0;
        int referenceIndex = -1;
        QString url;
        QString label;
        int cited = 0;
        QString status; // from the analysis
        QStringList messages;
        bool operator==(const Row &) const = default;
    };
    static void addProblem(Row &row, const Diagnostic &diagnostic);
    static Row missingRow(qint64 number, int cited);
    bool updateCitedRows(const Article &article, const QList<Diagnostic> &diagnostics,
        const CitationCounts &cited, const ArticleChange &change);
    struct LinkStatus
    {
        QString name;
        QString text;
    };

    QString effectiveStatus(const Row &row) const;
    QString statusLabel(const Row &row, bool *fromLinkCheck = nullptr) const;
    QString toolTip(const Row &row) const;

    QList<Row> m_rows;
    QMultiHash<qint64, int> m_referenceRows; // number -> rows of the entries with it
    QHash<QString, LinkStatus> m_linkStatus;
};

} // namespace Citewise
