#include "mainwindow.h"

namespace Citewise {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

bool MainWindow::openFile(const QString &path)
{
    setWindowFilePath(path);
    return true;
}

} // namespace Citewise
