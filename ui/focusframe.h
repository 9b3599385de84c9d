// A frame in the palette's highlight colour around a pane while the keyboard is in it, so that moving
// between panes (F6) shows where the keys now go: the reading view has no caret, and a list's current
// row looks the same whether the list has the keyboard or not.
#pragma once

#include <QWidget>

namespace Citewise {

class FocusFrame : public QWidget
{
    Q_OBJECT
public:
    // Frames `pane` (a child of it, drawn over it, taking no input) while it or a widget in it has the focus.
    static FocusFrame *install(QWidget *pane);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusFrame(QWidget *pane);
    void follow(QWidget *focused);

    QWidget *m_pane;
};

} // namespace Citewise
