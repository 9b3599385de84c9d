// The wait cursor over the application while an operation that holds up the window runs.
#pragma once

#include <QGuiApplication>

namespace Citewise {

// Shown from construction to destruction when `busy`; nested ones stack. Operations pass whether they
// are large enough to be noticed (a renumbering of thousands of markers takes seconds), so that short
// ones do not make the cursor flicker.
class BusyCursor
{
public:
    explicit BusyCursor(bool busy) : m_busy(busy)
    {
        if (m_busy)
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    }
    ~BusyCursor()
    {
        if (m_busy)
            QGuiApplication::restoreOverrideCursor();
    }
    Q_DISABLE_COPY_MOVE(BusyCursor)

private:
    const bool m_busy;
};

} // namespace Citewise
