// MainWindow: link checking — the Citations menu actions, the References panel's Check Link and the
// progress shown in the status bar while checks run.
#include "mainwindow.h"

#include "iconengines.h"
#include "linkcheckcontroller.h"
#include "mainwindowactions.h"
#include "readingview.h"
#include "referencespanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Citewise {

void MainWindow::installLinkChecking()
{
    m_linkChecks = new LinkCheckController(m_document, this);
    m_linkChecks->setDialogParent(this);
    m_linkChecks->setReferencesModel(m_referencesPanel->model());
    m_linkChecks->setReadingView(m_readingView);

    auto *checkAll = new QAction(themeIcon(u"network-connect"_s), tr("Check All &Links"), this);
    checkAll->setObjectName(u"checkAllLinksAction"_s);
    checkAll->setIconText(tr("Check Links"));
    checkAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    checkAll->setStatusTip(tr("Check whether every reference's URL still answers"));
    auto *recheckAll = new QAction(tr("Re-check All Li&nks"), this);
    recheckAll->setObjectName(u"recheckAllLinksAction"_s);
    recheckAll->setStatusTip(tr("Check every reference's URL again, ignoring earlier results"));
    auto *cancel = new QAction(tr("Cancel Link Chec&k"), this);
    cancel->setObjectName(u"cancelLinkCheckAction"_s);
    cancel->setStatusTip(tr("Stop the link check that is running"));
    cancel->setEnabled(false);

    QMenu *menu = m_actions->citationsMenu;
    menu->addSeparator();
    menu->addAction(checkAll);
    menu->addAction(recheckAll);
    menu->addAction(cancel);
    m_actions->toolBar->addAction(checkAll);

    // Shown only while checks run: how far they are, and a way to stop them.
    auto *progressArea = new QWidget(this);
    progressArea->setObjectName(u"linkCheckProgressArea"_s);
    progressArea->setAccessibleName(tr("Link check progress"));
    auto *layout = new QHBoxLayout(progressArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *bar = new QProgressBar(progressArea);
    bar->setObjectName(u"linkCheckProgress"_s);
    bar->setAccessibleName(tr("Links checked"));
    bar->setFormat(tr("%v / %m"));
    bar->setTextVisible(true);
    bar->setMaximumWidth(bar->fontMetrics().horizontalAdvance(u"0000 / 0000"_s) * 2);
    auto *stop = new QToolButton(progressArea);
    stop->setObjectName(u"linkCheckCancelButton"_s);
    stop->setText(tr("Cancel"));
    stop->setToolTip(tr("Stop checking links"));
    stop->setAccessibleName(tr("Cancel link check"));
    stop->setAutoRaise(true);
    layout->addWidget(bar);
    layout->addWidget(stop);
    statusBar()->addPermanentWidget(progressArea);
    progressArea->hide();

    connect(checkAll, &QAction::triggered, m_linkChecks, &LinkCheckController::checkAll);
    connect(recheckAll, &QAction::triggered, m_linkChecks, &LinkCheckController::recheckAll);
    connect(cancel, &QAction::triggered, m_linkChecks, &LinkCheckController::cancel);
    connect(stop, &QToolButton::clicked, m_linkChecks, &LinkCheckController::cancel);
    connect(m_referencesPanel, &ReferencesPanel::checkLinkRequested, m_linkChecks,
        &LinkCheckController::checkUrl);

    connect(m_linkChecks, &LinkCheckController::started, this, [=, this] {
        // What the last run found is over: left up, it would stand beside this run's progress as if
        // it were this run's.
        statusBar()->clearMessage();
        bar->setRange(0, 0); // busy until the first count arrives
        cancel->setEnabled(true);
        progressArea->show();
    });
    connect(m_linkChecks, &LinkCheckController::progress, bar, [bar](int done, int total) {
        bar->setRange(0, total);
        bar->setValue(done);
    });
    const auto hideProgress = [=] {
        cancel->setEnabled(false);
        progressArea->hide();
    };
    connect(m_linkChecks, &LinkCheckController::abandoned, this, hideProgress);
    connect(m_linkChecks, &LinkCheckController::finished, this, [=, this](int unchecked) {
        hideProgress();
        // This run only: earlier results of links it did not get to would make the counts add up to
        // more links than were asked for.
        const LinkCheckController::Summary summary = m_linkChecks->runSummary();
        // A run stopped before its end says so, rather than report its first results as the whole.
        const QString message = unchecked > 0
            ? tr("Link check stopped: %1 checked (%2 broken, %3 redirected), %4 not checked.")
                  .arg(summary.checked)
                  .arg(summary.broken)
                  .arg(summary.redirected)
                  .arg(summary.notChecked)
            : summary.checked == 0
            ? tr("No link was checked.")
            : tr("Links checked: %1 broken, %2 redirected.").arg(summary.broken).arg(summary.redirected);
        statusBar()->showMessage(message, 5000);
    });
    connect(m_linkChecks, &LinkCheckController::unavailable, this, [this](const QString &reason) {
        QMessageBox::warning(this, tr("Cannot Check Links"),
            tr("Links cannot be checked: %1.\n\nReinstalling Citewise should restore link checking.")
                .arg(reason));
    });
}

} // namespace Citewise
