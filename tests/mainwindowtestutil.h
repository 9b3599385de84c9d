// What the main window's tests share: windows opened on copies of the fixtures (closed after each
// test), a URL opener that records instead of starting a browser, and answers to modal dialogs.
#pragma once

#include "articledocument.h"
#include "mainwindow.h"
#include "urlopener.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace Citewise::Test {

using namespace Qt::StringLiterals;

// Records what would be opened instead of starting a browser; anything that needs confirming is refused.
class RecordingOpener : public UrlOpener
{
public:
    QList<QUrl> launched;
    QStringList confirmations;
    bool systemOpens = true; // false: as where no browser is set up

protected:
    bool launch(const QUrl &url) override
    {
        launched.append(url);
        return systemOpens;
    }
    bool confirm(const QString &url, QWidget *) override
    {
        confirmations.append(url);
        return false;
    }
};

// A menu item's text without its mnemonic marks.
inline QString plainText(const QString &menuText)
{
    return QString(menuText).remove(u'&');
}

// Marks with a background: highlighted markers (problems are underlined).
inline qsizetype highlightedSpans(const QList<QTextEdit::ExtraSelection> &selections)
{
    return std::count_if(selections.cbegin(), selections.cend(), [](const QTextEdit::ExtraSelection &s) {
        return s.format.hasProperty(QTextFormat::BackgroundBrush);
    });
}

inline QString fixture(const QString &name)
{
    return QStringLiteral(CITEWISE_FIXTURES_DIR) + u'/' + name;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs `handler` on the next modal dialog as soon as it is shown (the caller then blocks in exec()).
inline void onNextModal(std::function<void(QWidget *)> handler)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handler] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            const QPointer<QWidget> shown(modal);
            handler(modal);
            // A check in `handler` failed and left it open: the test ends instead of waiting for it.
            if (auto *dialog = qobject_cast<QDialog *>(shown.data());
                dialog && dialog->isVisible() && QTest::currentTestFailed())
                dialog->reject();
        }
    });
    timer->start();
}

// Answers the next message box with `button`, recording its text and default button.
inline void answerMessageBox(QMessageBox::StandardButton button, QString *text = nullptr,
    QMessageBox::StandardButton *defaultButton = nullptr)
{
    onNextModal([=](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY2(box, "expected a message box");
        if (text)
            *text = box->text();
        if (defaultButton)
            *defaultButton = box->standardButton(box->defaultButton());
        QVERIFY(box->button(button));
        box->button(button)->click();
    });
}

// Main windows on copies of the fixtures, in a folder of their own. A test case calls startTestCase()
// from initTestCase(), and closeWindows() from cleanup().
class WindowFixture
{
public:
    // Settings apart from the user's, under the test's own name, and cleared.
    bool startTestCase(const QString &testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CitewiseTest"_s);
        QCoreApplication::setApplicationName(testName);
        QSettings().clear();
        return m_dir.isValid();
    }

    // A copy of fixture `name` that the test may change.
    QString copyFixture(const QString &name)
    {
        const QString target = m_dir.filePath(QFileInfo(name).fileName());
        QFile::remove(target);
        if (!QFile::copy(fixture(name), target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    // A window shown and, unless `path` is empty, holding that file analysed; null if either failed.
    MainWindow *openWindow(const QString &path)
    {
        auto *window = new MainWindow;
        m_windows.append(window);
        window->setUrlOpener(opener());
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        if (!path.isEmpty() && !window->openFile(path))
            return nullptr;
        window->document()->analyseNow();
        return window;
    }

    // The URL opener of the windows opened since the last closeWindows().
    RecordingOpener *opener()
    {
        if (!m_opener)
            m_opener = std::make_unique<RecordingOpener>();
        return m_opener.get();
    }

    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString folder() const { return m_dir.path(); }

    // Closes the windows without asking about unsaved changes, and forgets what was opened.
    void closeWindows()
    {
        for (const QPointer<MainWindow> &window : std::as_const(m_windows)) {
            if (window) {
                window->document()->setModified(false);
                delete window.data();
            }
        }
        m_windows.clear();
        m_opener.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RecordingOpener> m_opener;
    QList<QPointer<MainWindow>> m_windows;
};

} // namespace Citewise::Test
