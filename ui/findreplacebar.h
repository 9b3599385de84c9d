// The find and replace strip under the editor (Ctrl+F / Ctrl+H).
#pragma once

#include <QTextDocument>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QPushButton;

namespace Citewise {

class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();

    // Return false when there is no match anywhere.
    bool findNext();
    bool findPrevious();
    bool replace(); // replaces the current match (if selected) and finds the next one
    int replaceAll(); // one undo step; returns the number of replacements

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Finds the term from the start of the current match (or the cursor), as typing it does.
    void findFromSelectionStart();
    bool find(bool backward);
    void findAsTyped();
    QTextDocument::FindFlags flags(bool backward) const;
    bool selectionMatches() const;
    std::optional<QList<qsizetype>> allMatches(const QString &term) const;
    QString foundText(qsizetype start, bool wrapped);
    void countDeferred();
    void countMatches(); // for the term and case rule as they are
    void setReplaceVisible(bool visible);
    void closeBar();
    void updateEnabled();

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QToolButton *m_previous;
    QToolButton *m_next;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QLabel *m_status;
    QString m_foundNowhere; // the last term typed that no place holds, while the text stays as it is
    QWidget *m_replaceRow;
    // Where the term is found in the text, for "Match 3 of 12"; reset when the text changes.
    std::optional<QList<qsizetype>> m_matches;
    QString m_matchesTerm;
    bool m_matchesCaseSensitive = false;
    // Articles longer than this are counted when typing pauses for the delay.
    static constexpr int kCountAtOnce = 256 * 1024;
    static constexpr int kCountDelayMs = 250;
    QTimer m_countTimer;
    qsizetype m_countedStart = -1;
    bool m_countedWrapped = false;
};

} // namespace Citewise
