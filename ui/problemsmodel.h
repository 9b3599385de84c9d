// The table behind the Problems panel: every diagnostic with its severity, position, message and code.
#pragma once

#include "diagnostic.h"

#include <QAbstractTableModel>

namespace Citewise {

class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, PositionColumn, MessageColumn, CodeColumn, ColumnCount };
    enum Role { PositionRole = Qt::UserRole + 1, SeverityRole, CodeRole, LineRole, ColumnRole };

    explicit ProblemsModel(QObject *parent = nullptr);

    // Resets only when the number of problems changed; otherwise updates rows in place. Rows of which
    // only the place in the text changed (an edit above them) are reported with PositionRole alone.
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const Diagnostic &diagnostic(int row) const { return m_rows.at(row); }
    int count(Diagnostic::Severity severity) const;

    static QString severityText(Diagnostic::Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Diagnostic> m_rows;
};

} // namespace Citewise
