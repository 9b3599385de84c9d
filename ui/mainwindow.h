// The Citewise main window: reading view, body editor and sidebar around one open article.
#pragma once

#include <QMainWindow>

namespace Citewise {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);
};

} // namespace Citewise
