#include "problemsmodel.h"
#include "statusicons.h"

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// Whether the list shows `a` as it shows `b`: all but where in the text it stands (PositionRole).
bool sameShown(const Diagnostic &a, const Diagnostic &b)
{
    return a.severity == b.severity && a.code == b.code && a.line == b.line && a.column == b.column
        && a.message == b.message && a.referenceIndex == b.referenceIndex;
}

// Rows [first, last] grown to take in `row`.
void extend(int &first, int &last, int row)
{
    if (first < 0)
        first = row;
    last = row;
}

} // namespace

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ProblemsModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    if (diagnostics.size() != m_rows.size()) {
        beginResetModel();
        m_rows = diagnostics;
        endResetModel();
        return;
    }
    // Typing moves every problem after the cursor in the text, and nothing else of them: those rows
    // are reported as a change of their position alone, which the list does not show.
    int first = -1;
    int last = -1;
    int firstMoved = -1;
    int lastMoved = -1;
    for (int r = 0; r < diagnostics.size(); ++r) {
        const Diagnostic &now = diagnostics.at(r);
        const Diagnostic &before = m_rows.at(r);
        if (!sameShown(now, before))
            extend(first, last, r);
        else if (now.span != before.span)
            extend(firstMoved, lastMoved, r);
    }
    m_rows = diagnostics;
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (firstMoved >= 0)
        Q_EMIT dataChanged(index(firstMoved, 0), index(lastMoved, ColumnCount - 1), {PositionRole});
}

int ProblemsModel::count(Diagnostic::Severity severity) const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [severity](const Diagnostic &d) { return d.severity == severity; }));
}

QString ProblemsModel::severityText(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return tr("Error");
    case Diagnostic::Severity::Warning:
        return tr("Warning");
    case Diagnostic::Severity::Info:
        break;
    }
    return tr("Info");
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(d.severity);
        case PositionColumn:
            return tr("%1:%2").arg(d.line).arg(d.column);
        case MessageColumn:
            return d.message;
        case CodeColumn:
            return d.code;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(d.severity);
        break;
    case Qt::ToolTipRole:
        // (The code too, for a panel too narrow for its column.)
        return u"%1\n%2"_s.arg(d.message, d.code);
    case Qt::AccessibleTextRole:
        if (index.column() == PositionColumn)
            return tr("Line %1, column %2").arg(d.line).arg(d.column);
        break;
    case PositionRole:
        return qint64(d.span.start);
    case SeverityRole:
        return int(d.severity);
    case CodeRole:
        return d.code;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case PositionColumn:
        return tr("Line:Col");
    case MessageColumn:
        return tr("Message");
    case CodeColumn:
        return tr("Code");
    }
    return {};
}

} // namespace Citewise
