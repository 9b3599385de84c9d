// The article's text, kept with a gap: one buffer whose unused stretch sits at the line break after the
// last edit. Typing then moves only the text between two edits, not everything after the edit, which in
// a 10 MB article is a copy of up to 20 MB per key.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include "textedit.h"

namespace Citewise {

class ArticleText
{
public:
    ArticleText() = default;
    explicit ArticleText(QString text) : m_buffer(std::move(text)), m_gapStart(m_buffer.size()) { }

    // The room the first edit of a text of `size` units opens its gap in (a key or a short paste). A
    // text made with that much capacity to spare gets its gap in place. Otherwise the first edit
    // reallocates the buffer, and a large buffer moved by the system is slow to touch again: in a
    // 10 MB article that edit took 16 ms instead of 1.
    static qsizetype roomForFirstEdit(qsizetype size);

    qsizetype size() const { return m_buffer.size() - m_gapLength; }
    bool isEmpty() const { return size() == 0; }
    QChar at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < size());
        return m_buffer.at(i < m_gapStart ? i : i + m_gapLength);
    }

    // The characters [position, position + length). Views are contiguous: a stretch across the gap
    // (none of the article's lines, paragraphs, markers or entry lines, which the gap never splits) is
    // copied once into storage that lives until the text next changes. Like views of a QString, views
    // end with the next change.
    QStringView view(qsizetype position, qsizetype length) const;
    QStringView view() const { return view(0, size()); }
    QString mid(qsizetype position, qsizetype length) const;
    QString toString() const;
    // Whether view() of the stretch needs no copy.
    bool isContiguous(qsizetype position, qsizetype length) const
    {
        return m_gapLength == 0 || position + length <= m_gapStart || position >= m_gapStart;
    }

    // The text with `edits` (sorted by start, not overlapping) made, as one new string: applyEdits()
    // over toString(), without joining the text first.
    QString edited(const QList<TextEdit> &edits) const;

    // Replaces `removed` characters at `position` with `inserted`, then parks the gap after the line
    // feed that ends the edited line (or at the end), so the line stays in one piece.
    void replace(qsizetype position, qsizetype removed, QStringView inserted);
    // The text as one string, the gap closed: for reading the whole of it again.
    QString take() &&;

    friend bool operator==(const ArticleText &a, const ArticleText &b) { return a.equals(b); }
    friend bool operator==(const ArticleText &a, QStringView b) { return a.equals(b); }

private:
    bool equals(const ArticleText &other) const;
    bool equals(QStringView other) const;
    void moveGap(qsizetype position);
    void growGap(qsizetype atLeast);
    QStringView before() const { return QStringView(m_buffer).first(m_gapStart); }
    QStringView after() const { return QStringView(m_buffer).sliced(m_gapStart + m_gapLength); }

    QString m_buffer;
    qsizetype m_gapStart = 0;
    qsizetype m_gapLength = 0;
    // Copies of stretches across the gap handed out by view(); dropped on the next change.
    mutable QList<QString> m_joined;
};

} // namespace Citewise
