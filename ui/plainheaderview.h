// A header whose titles are never drawn bold, and so are measured in the font they are drawn in.
#pragma once

#include <QHeaderView>

class QTableView;
class QTreeView;

namespace Citewise {

// QHeaderView draws a section's title bold while its column holds the selection, and therefore
// measures every title in bold, loading a bold face for that alone. With whole rows selected every
// column holds the selection, so every title would turn bold with the first click: this header does
// not highlight sections, and measures titles in its own font.
class PlainHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit PlainHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

    // Gives `view` a plain header in place of the one it made, with that one's settings.
    static void install(QTreeView *view);
    static void install(QTableView *view);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace Citewise
