#include "referencesmodel.h"

#include "inlinemarkup.h"
#include "linkcheckresult.h"
#include "statusicons.h"
#include "urlsafety.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// How much each analysis status matters when a reference has several problems; the worst one is shown.
int statusRank(const QString &status)
{
    if (status == u"invalid-number" || status == u"malformed")
        return 5;
    if (status == u"invalid-url")
        return 4;
    if (status == u"duplicate")
        return 3;
    if (status == u"unused")
        return 2;
    if (status == u"warning")
        return 1;
    return 0;
}

QString statusForCode(const QString &code, Diagnostic::Severity severity)
{
    if (code == u"unused-reference")
        return u"unused"_s;
    if (code == u"duplicate-reference-number" || code == u"duplicate-url")
        return u"duplicate"_s;
    // (Another scheme than the web's, "ftp://…", is only a warning: shown as one, not as a broken address.)
    if (code == u"invalid-url")
        return severity == Diagnostic::Severity::Error ? u"invalid-url"_s : u"warning"_s;
    if (code == u"malformed-reference")
        return u"malformed"_s;
    if (code == u"number-out-of-range")
        return u"invalid-number"_s;
    return severity == Diagnostic::Severity::Error ? u"malformed"_s : u"warning"_s;
}

// What a reference shows when the analysis found nothing wrong with it and its link has no result yet:
// the text being in order says nothing about whether the source still answers.
const QString kUnchecked = u"unchecked"_s;

// A link check that found something wrong. Links the checker would not contact or whose server would
// not answer for them ("not checked: ...") are no finding, and leave an analysis status such as "Unused" in
// place.
bool isLinkProblem(const QString &name)
{
    return !name.isEmpty() && name != u"ok" && name != u"checking" && name != u"blocked"
        && name != u"private-address" && name != u"rate-limited";
}

// Where a status sorts in the Status column, what the reader must act on first: a marker without its
// entry, an entry not read, a link that cannot be followed, then the softer findings, the links not
// checked and those that answered.
int statusSortRank(const QString &status)
{
    if (status == u"missing")
        return 0;
    if (status == u"invalid-number" || status == u"malformed")
        return 1;
    if (status == u"invalid-url")
        return 2;
    if (const std::optional<LinkStatus> link = linkStatusFromName(status)) {
        if (isLinkFailure(*link))
            return 3;
        if (*link == LinkStatus::Redirected)
            return 6;
        if (*link == LinkStatus::Ok)
            return 10;
        return 8; // blocked, private, rate-limited: not known either way
    }
    if (status == u"duplicate")
        return 4;
    if (status == u"unused")
        return 5;
    if (status == u"warning")
        return 7;
    return 9; // not checked
}

} // namespace

ReferencesModel::ReferencesModel(QObject *parent) : QAbstractTableModel(parent)
{ }

// Reading an address with QUrl takes microseconds: done only for rows that are shown (or sorted by
// domain), once per address.
QString ReferencesModel::domainOf(const QString &url) const
{
    auto cached = m_domainCache.constFind(url);
    if (cached == m_domainCache.cend())
        cached = m_domainCache.insert(url, aceDomain(url));
    return *cached;
}

QBrush ReferencesModel::mutedText()
{
    const QPalette palette = QGuiApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // Two thirds of the way from the background to the text: about 5:1 against white.
    const auto mix = [](int a, int b) { return (a + 2 * b) / 3; };
    return QColor(
        mix(base.red(), text.red()), mix(base.green(), text.green()), mix(base.blue(), text.blue()));
}

QString ReferencesModel::aceDomain(const QString &url)
{
    return asciiHost(
        QUrl(withAssumedScheme(url.trimmed()))); // the same punycode form the URL confirmation shows
}

void ReferencesModel::addProblem(Row &row, const Diagnostic &diagnostic)
{
    if (diagnostic.code == u"broken-link" || diagnostic.code == u"redirected-link")
        return; // link checks reach the rows through setLinkStatus()
    row.messages.append(diagnostic.message);
    const QString status = statusForCode(diagnostic.code, diagnostic.severity);
    if (statusRank(status) > statusRank(row.status))
        row.status = status;
}

ReferencesModel::Row ReferencesModel::missingRow(qint64 number, int cited)
{
    Row row;
    row.number = number;
    row.cited = cited;
    row.status = u"missing"_s;
    row.messages.append(tr("[%1] is cited but there is no reference with this number.").arg(number));
    return row;
}

void ReferencesModel::setAnalysis(const Article &article, const QList<Diagnostic> &diagnostics,
    const CitationCounts *counts, const ArticleChange *change)
{
    CitationCounts counted;
    if (!counts) {
        counted = countCitations(article.citations);
        counts = &counted;
    }
    const CitationCounts &cited = *counts;
    if (change && !change->whole && updateCitedRows(article, diagnostics, cited, *change))
        return;

    QList<Row> rows;
    rows.reserve(article.references.size());
    QSet<qint64> present;
    present.reserve(article.references.size());
    for (qsizetype i = 0; i < article.references.size(); ++i) {
        const Reference &ref = article.references.at(i);
        Row row;
        row.number = ref.number;
        row.referenceIndex = int(i);
        row.url = ref.url;
        row.label = shownText(ref.label); // as the reading view shows it
        row.cited = cited.value(ref.number);
        row.status = kUnchecked;
        present.insert(ref.number);
        rows.append(std::move(row));
    }
    for (const Diagnostic &d : diagnostics) {
        if (d.referenceIndex >= 0 && d.referenceIndex < rows.size())
            addProblem(rows[d.referenceIndex], d);
    }
    // Numbers cited without an entry, after the real ones, in number order.
    QList<qint64> missing;
    for (auto it = cited.cbegin(); it != cited.cend(); ++it) {
        if (!present.contains(it.key()))
            missing.append(it.key());
    }
    std::sort(missing.begin(), missing.end());
    for (const qint64 number : std::as_const(missing))
        rows.append(missingRow(number, cited.value(number)));

    m_referenceRows.clear();
    m_referenceRows.reserve(article.references.size());
    for (qsizetype i = 0; i < article.references.size(); ++i)
        m_referenceRows.insert(article.references.at(i).number, int(i));

    const bool sameShape = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
               return a.number == b.number && a.referenceIndex == b.referenceIndex;
           });
    forgetWidestRows();
    if (!sameShape) {
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

// After an edit of the body the references are the same: only the numbers the edited markers cite can
// have changed how often they are cited, and with it whether they are never cited or cited but missing.
bool ReferencesModel::updateCitedRows(const Article &article, const QList<Diagnostic> &diagnostics,
    const CitationCounts &cited, const ArticleChange &change)
{
    const qsizetype references = article.references.size();
    // The rows are those of the article before the edit, whose references these are.
    if (m_rows.size() < references || m_referenceRows.size() != references
        || (references > 0
            && (m_rows.at(0).number != article.references.at(0).number
                || m_rows.at(references - 1).number != article.references.at(references - 1).number)))
        return false;
    CitationCounts touched;
    for (const Citation &citation : change.removedCitations)
        countCitation(citation, touched, 1);
    for (int i = change.firstCitation; i < change.newCitationEnd; ++i)
        countCitation(article.citations.at(i), touched, 1);

    QSet<int> rowsToCheck;
    // A message that names the line of another entry ("already used on line 7") changes when lines
    // come or go above it.
    if (change.lineDelta != 0) {
        for (const Diagnostic &d : diagnostics) {
            if (d.code == u"duplicate-reference-number" && d.referenceIndex >= 0
                && d.referenceIndex < references)
                rowsToCheck.insert(d.referenceIndex);
        }
    }
    if (touched.isEmpty() && rowsToCheck.isEmpty())
        return true;
    QSet<qint64> present;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        for (auto row = m_referenceRows.constFind(it.key());
             row != m_referenceRows.cend() && row.key() == it.key(); ++row) {
            rowsToCheck.insert(row.value());
            present.insert(it.key());
        }
    }
    if (!rowsToCheck.isEmpty()) {
        QHash<int, Row> updated;
        for (int r : std::as_const(rowsToCheck)) {
            Row row = m_rows.at(r);
            row.cited = cited.value(row.number);
            row.status = kUnchecked;
            row.messages.clear();
            updated.insert(r, row);
        }
        for (const Diagnostic &d : diagnostics) {
            if (const auto it = updated.find(d.referenceIndex); it != updated.end())
                addProblem(*it, d);
        }
        for (auto it = updated.cbegin(); it != updated.cend(); ++it) {
            if (m_rows.at(it.key()) == it.value())
                continue;
            forgetWidestRows();
            m_rows[it.key()] = it.value();
            Q_EMIT dataChanged(index(it.key(), 0), index(it.key(), ColumnCount - 1));
        }
    }

    // Rows of numbers cited without an entry follow those of the references, in number order.
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const qint64 number = it.key();
        if (present.contains(number))
            continue;
        const auto missingBegin = m_rows.cbegin() + references;
        const auto at = std::lower_bound(
            missingBegin, m_rows.cend(), number, [](const Row &row, qint64 n) { return row.number < n; });
        const int row = int(at - m_rows.cbegin());
        const bool exists = at != m_rows.cend() && at->number == number;
        const int count = cited.value(number);
        forgetWidestRows();
        if (exists && count > 0) {
            if (m_rows.at(row).cited != count) {
                m_rows[row].cited = count;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else if (exists) {
            beginRemoveRows({}, row, row);
            m_rows.remove(row);
            endRemoveRows();
        } else if (count > 0) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, missingRow(number, count));
            endInsertRows();
        }
    }
    return true;
}

void ReferencesModel::setLinkStatus(const QString &url, const QString &statusName, const QString &text)
{
    if (statusName.isEmpty())
        m_linkStatus.remove(url);
    else
        m_linkStatus.insert(url, {statusName, text});
    m_statusesKnown = false;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).url == url)
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    Q_EMIT linkStatusesChanged();
}

void ReferencesModel::clearLinkStatuses()
{
    m_linkStatus.clear();
    m_statusesKnown = false;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT linkStatusesChanged();
}

int ReferencesModel::rowForNumber(qint64 number) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).number == number)
            return r;
    }
    return -1;
}

int ReferencesModel::widestRow(Column column) const
{
    Q_ASSERT(column == NumberColumn || column == CitedColumn);
    int &widest = m_widestRows[column == NumberColumn ? 0 : 1];
    if (widest != kUnknownRow)
        return widest; // no row changed since it was found

    // Digits all take the same room in the faces people read tables in, so the largest number is the
    // longest; "?" (a number that does not fit, kept as -1) is one character, as 0 is.
    const auto value = [column](const Row &row) {
        return qMax<qint64>(column == CitedColumn ? row.cited : row.number, 0);
    };
    widest = -1;
    qint64 largest = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (const qint64 v = value(m_rows.at(r)); v > largest) {
            largest = v;
            widest = r;
        }
    }
    return widest;
}

ReferencesModel::StatusLabels ReferencesModel::statusLabelsShown() const
{
    if (m_statusesKnown)
        return m_statusLabelsShown; // no row or link status changed since they were found
    // A handful of analysis statuses among thousands of rows, and a text per link checked.
    m_statusLabelsShown = {};
    QSet<QString> seen;
    for (const Row &row : m_rows) {
        bool fromLinkCheck = false;
        const QString label = statusLabel(row, &fromLinkCheck);
        if (!seen.contains(label)) {
            seen.insert(label);
            (fromLinkCheck ? m_statusLabelsShown.linkChecks : m_statusLabelsShown.analysis).append(label);
        }
    }
    m_statusesKnown = true;
    return m_statusLabelsShown;
}

int ReferencesModel::rowForReferenceIndex(int index) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).referenceIndex == index && index >= 0)
            return r;
    }
    return -1;
}

QString ReferencesModel::statusText(const QString &statusName)
{
    if (statusName == kUnchecked)
        return tr("Not checked");
    if (statusName == u"ok")
        return tr("OK");
    if (statusName == u"unused")
        return tr("Unused");
    if (statusName == u"duplicate")
        return tr("Duplicate");
    if (statusName == u"invalid-url")
        return tr("Invalid URL");
    if (statusName == u"malformed")
        return tr("Malformed");
    if (statusName == u"invalid-number")
        return tr("Invalid number");
    if (statusName == u"missing")
        return tr("Missing");
    if (statusName == u"warning")
        return tr("Warning");
    return statusName;
}

// A failed link check outranks the softer analysis statuses (unused, duplicate URL): it is what the
// reader has to act on. Broken entries (bad number, bad URL) keep their own status.
QString ReferencesModel::effectiveStatus(const Row &row) const
{
    const auto it = m_linkStatus.constFind(row.url);
    if (row.referenceIndex < 0 || it == m_linkStatus.constEnd() || row.url.isEmpty())
        return row.status;
    if (statusRank(row.status) >= statusRank(u"invalid-url"_s))
        return row.status;
    if (isLinkProblem(it->name) || row.status == kUnchecked)
        return it->name;
    return row.status;
}

QString ReferencesModel::statusLabel(const Row &row, bool *fromLinkCheck) const
{
    const QString status = effectiveStatus(row);
    const auto it = m_linkStatus.constFind(row.url);
    const bool linkCheck = row.referenceIndex >= 0 && it != m_linkStatus.constEnd() && status == it->name;
    if (fromLinkCheck)
        *fromLinkCheck = linkCheck;
    if (linkCheck)
        return it->text.isEmpty() ? it->name : it->text;
    return statusText(status);
}

QString ReferencesModel::toolTip(const Row &row) const
{
    QStringList lines;
    if (!row.label.isEmpty())
        lines.append(row.label);
    lines.append(row.messages);
    const auto it = m_linkStatus.constFind(row.url);
    if (row.referenceIndex < 0 || row.url.isEmpty())
        return lines.join(u'\n');
    if (it != m_linkStatus.constEnd())
        lines.append(tr("Link check: %1").arg(it->text.isEmpty() ? it->name : it->text));
    else
        lines.append(tr("Link not checked yet"));
    return lines.join(u'\n');
}

int ReferencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.number < 0 ? QVariant(tr("?")) : QVariant(row.number);
        case StatusColumn:
            return statusLabel(row);
        case DomainColumn:
            return domainOf(row.url);
        case UrlColumn:
            return row.referenceIndex < 0 ? tr("(no reference)") : row.url;
        case CitedColumn:
            return row.cited;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(effectiveStatus(row));
        break;
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row);
        // The domain too: a narrow sidebar leaves the URL column out.
        if ((index.column() == UrlColumn || index.column() == DomainColumn) && !row.url.isEmpty())
            return tip.isEmpty() ? row.url : row.url + u'\n' + tip;
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        // Muted, yet readable (the placeholder's grey is too faint for a table's text): nothing is
        // claimed about a link nobody checked, and a number cited without an entry has no source.
        if ((index.column() == StatusColumn && effectiveStatus(row) == kUnchecked)
            || (row.referenceIndex < 0 && index.column() != StatusColumn))
            return mutedText();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == CitedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        if (index.column() == StatusColumn)
            return statusSortRank(effectiveStatus(row));
        return data(index, Qt::DisplayRole);
    case NumberRole:
        return row.number;
    case UrlRole:
        return row.url;
    case ReferenceIndexRole:
        return row.referenceIndex;
    case StatusRole:
        return effectiveStatus(row);
    case CitedRole:
        return row.cited;
    case LabelRole:
        return row.label;
    }
    return {};
}

void ReferencesModel::setStatusTextShown(bool shown)
{
    if (m_statusTextShown == shown)
        return;
    m_statusTextShown = shown;
    Q_EMIT headerDataChanged(Qt::Horizontal, StatusColumn, StatusColumn);
}

QVariant ReferencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == StatusColumn && role == Qt::ToolTipRole)
        return tr("Status");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case StatusColumn:
        return m_statusTextShown ? tr("Status") : QString();
    case DomainColumn:
        return tr("Domain");
    case UrlColumn:
        return tr("URL");
    case CitedColumn:
        return tr("Cited");
    }
    return {};
}

} // namespace Citewise
