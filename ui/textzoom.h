// Zooming the text of the reading view and the editor together, a tenth of their size a step: from the
// View menu, Ctrl++ / Ctrl+- / Ctrl+0, or Ctrl and the mouse wheel over either.
#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Citewise {

class TextZoom : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinSteps = -5; // half the size
    static constexpr int kMaxSteps = 15; // two and a half times

    explicit TextZoom(QObject *parent = nullptr);

    // Zooms `widget` with the others from now on, from the font it has now; or, given `setZoom`, by
    // calling it with the size against the usual one (a view that sizes its text itself). A scroll
    // area's viewport zooms it on Ctrl and the wheel.
    void addWidget(QWidget *widget, std::function<void(qreal)> setZoom = {});

    int steps() const { return m_steps; }
    int percent() const { return 100 + 10 * m_steps; }
    void setSteps(int steps);
    void zoomIn() { setSteps(m_steps + 1); }
    void zoomOut() { setSteps(m_steps - 1); }
    void reset() { setSteps(0); }

signals:
    void stepsChanged(int steps);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Zoomed
    {
        QPointer<QWidget> widget;
        QFont base;
        std::function<void(qreal)> setZoom;
    };
    void apply(const Zoomed &zoomed) const;
    QList<Zoomed> m_widgets;
    int m_steps = 0;
    int m_wheelDelta = 0; // eighths of a degree not yet taken as a step (fine-grained wheels, touchpads)
};

} // namespace Citewise
