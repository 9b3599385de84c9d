// The assembled main window in the user's language: menus, tabs and the engine's problems translated,
// English counts singular or plural, and menu mnemonics that reach one item each, in every language.
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "translations.h"

#include "mainwindowtestutil.h"

#include <QAbstractItemView>
#include <QHash>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestMainWindowLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void translationLoads_data();
    void translationLoads();
    void englishCountsAreSingularOrPlural_data();
    void englishCountsAreSingularOrPlural();
    void menuMnemonicsAreUnique_data();
    void menuMnemonicsAreUnique();

private:
    MainWindow *openWindow(const QString &path) { return m_fixture.openWindow(path); }
    QString copyFixture(const QString &name) { return m_fixture.copyFixture(name); }

    Test::WindowFixture m_fixture;
};

void TestMainWindowLanguage::initTestCase()
{
    QVERIFY(m_fixture.startTestCase(u"tst_mainwindowlanguage"_s));
}

void TestMainWindowLanguage::cleanup()
{
    m_fixture.closeWindows();
}

void TestMainWindowLanguage::translationLoads_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("citations");
    QTest::addColumn<QString>("problem"); // part of the citation-order message
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"Datei"_s << u"Quellenangaben"_s
                            << u"ersten Verwendung"_s;
    QTest::addRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea) << u"파일"_s << u"인용"_s
                            << u"처음 인용된 순서"_s;
}

// Menus, tabs and the problems the engine finds all come in the user's language.
void TestMainWindowLanguage::translationLoads()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, file);
    QFETCH(QString, citations);
    QFETCH(QString, problem);
    QVERIFY(installTranslations(locale));
    MainWindow *window = openWindow(copyFixture(u"mainwindow/unordered.txt"_s));
    QVERIFY(window);
    const QString fileTitle = plainText(window->actions()->fileMenu->title());
    const QString citationsTitle = plainText(window->actions()->citationsMenu->title());
    const QString tab = plainText(window->sidebarTabs()->tabText(0));
    const ProblemsModel *problems = window->problemsPanel()->model();
    QStringList messages;
    for (int row = 0; row < problems->rowCount(); ++row)
        messages.append(problems->index(row, ProblemsModel::MessageColumn).data().toString());
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(fileTitle.startsWith(file), qPrintable(fileTitle));
    QVERIFY2(citationsTitle.startsWith(citations), qPrintable(citationsTitle));
    QVERIFY(tab != u"References"_s);
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.join(u'\n').contains(problem), qPrintable(messages.join(u'\n')));
}

void TestMainWindowLanguage::englishCountsAreSingularOrPlural_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("translated");
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << true;
    QTest::addRow("British English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << true;
    QTest::addRow("French, not translated") << QLocale(QLocale::French, QLocale::France) << false;
}

// "1 problem", "2 problems": not "problem(s)", in English and wherever the texts stay English.
void TestMainWindowLanguage::englishCountsAreSingularOrPlural()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, translated);
    QCOMPARE(installTranslations(locale), translated);
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    const int count = window->problemsPanel()->problemCount();
    QVERIFY(count > 1);
    const QString many = window->problemsPanel()->view()->accessibleName();
    const QString one
        = QCoreApplication::translate("Citewise::ProblemsPanel", "Problems list, %n problem(s)", "", 1);
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(many, u"Problems list, %1 problems"_s.arg(count));
    QCOMPARE(one, u"Problems list, 1 problem"_s);
}

void TestMainWindowLanguage::menuMnemonicsAreUnique_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany);
    QTest::addRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea);
}

// Alt and a letter reaches one item in each menu, and one menu in the menu bar.
void TestMainWindowLanguage::menuMnemonicsAreUnique()
{
    QFETCH(QLocale, locale);
    installTranslations(locale);
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(window);
    const auto mnemonic = [](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i; // "&&" is an ampersand
        }
        return QChar();
    };
    const auto checkUnique = [&](const QList<QAction *> &actions, const QString &where) {
        QHash<QChar, QString> taken;
        for (const QAction *action : actions) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QChar key = mnemonic(action->text());
            if (key.isNull())
                continue;
            QVERIFY2(!taken.contains(key),
                qPrintable(
                    u"%1: “%2” and “%3” share Alt+%4"_s.arg(where, taken.value(key), action->text(), key)));
            taken.insert(key, action->text());
        }
    };
    const QList<QAction *> menus = window->menuBar()->actions();
    checkUnique(menus, u"menu bar"_s);
    for (const QAction *entry : menus) {
        if (entry->menu())
            checkUnique(entry->menu()->actions(), entry->text());
    }
}

QTEST_MAIN(TestMainWindowLanguage)
#include "tst_mainwindowlanguage.moc"
