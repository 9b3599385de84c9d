// Reading a line of the Comments section: who wrote it, when, and what (see docs/FORMAT.md, "Comments
// section").
#include "articleio.h"
#include "leadpatterns.h"
#include "linekinds.h"
#include "textsearch.h"

#include <algorithm>

namespace Citewise {

namespace {

// Words that head a remark rather than name who wrote it: "Update: the council voted" has no author.
bool isRemarkLabel(QStringView word)
{
    for (const QStringView label :
        {u"Update", u"Updated", u"Edit", u"Edited", u"Note", u"Correction", u"Clarification", u"Addendum",
            u"Disclaimer", u"Reminder", u"PS", u"Re", u"Question", u"Answer", u"Reply", u"FYI"}) {
        if (word.compare(label, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Whether `text` starts as a time does: a digit, or a month's name ("May 1, 2024", "2024-05-01").
bool startsAsTime(QStringView text)
{
    if (text.isEmpty())
        return false;
    return text.front().isDigit() || (startsWithMonth(text) && containsDateLike(text));
}

// `lead` ("Ann, May 1, 2024", "Ann — 2024-05-01 10:00") parted into the author and the time after the
// name, at the first separator a time follows; the time is empty when none does.
std::pair<QStringView, QStringView> authorAndTime(QStringView lead)
{
    qsizetype best = -1;
    qsizetype bestLength = 0;
    for (const QStringView separator : {u", ", u" \u2014 ", u" \u2013 ", u" - ", u" \u00b7 "}) {
        for (qsizetype at = lead.indexOf(separator); at > 0; at = lead.indexOf(separator, at + 1)) {
            if (startsAsTime(lead.sliced(at + separator.size()))) {
                if (best < 0 || at < best) {
                    best = at;
                    bestLength = separator.size();
                }
                break;
            }
        }
    }
    if (best < 0 || !isFullTime(lead.sliced(best + bestLength)))
        return {lead, {}};
    return {lead.first(best).trimmed(), lead.sliced(best + bestLength).trimmed()};
}

// A name in emphasis, "**Alice**", as lists of comments copied from a page write it, without it.
QStringView withoutNameEmphasis(QStringView name)
{
    for (const QStringView mark : {u"**", u"__"}) {
        if (name.size() > 2 * mark.size() && name.startsWith(mark) && name.endsWith(mark))
            return name.sliced(mark.size(), name.size() - 2 * mark.size()).trimmed();
    }
    return name;
}

// Words a page sets in brackets after a commenter's name that tell who they are or that they edited,
// not when they wrote: "Ann (Moderator)", "Bob (edited)".
bool isNameNote(QStringView words)
{
    static constexpr QStringView kNotes[] = {u"edited", u"moderator", u"mod", u"admin", u"author", u"editor",
        u"staff", u"OP", u"verified", u"original poster", u"post author", u"reader", u"subscriber",
        u"guest author", u"guest", u"contributor", u"member"};
    // Pronouns, "they/them", "she/her": words of letters joined by slashes.
    const auto pronouns = [](QStringView w) {
        return w.contains(u'/')
            && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter() || c == u'/'; })
            && !w.startsWith(u'/') && !w.endsWith(u'/');
    };
    // ("Moderator, edited": each of them)
    for (QStringView part : words.tokenize(u',')) {
        part = part.trimmed();
        if (!pronouns(part) && std::none_of(std::begin(kNotes), std::end(kNotes), [part](QStringView note) {
                return part.compare(note, Qt::CaseInsensitive) == 0;
            }))
            return false;
    }
    return !words.trimmed().isEmpty();
}

// A name as a page sets it before what its writer says, "Priya S. says", without "says".
QStringView withoutSays(QStringView name)
{
    if (name.size() > 5 && name.endsWith(u" says", Qt::CaseInsensitive))
        return name.chopped(5).trimmed();
    return name;
}

// "山田太郎（2024-03-19 15:00）：…", "李四：…": a name before a full-width colon, with a time in full-width
// brackets after it if any. Returns where the text starts, or -1.
qsizetype readWideLead(QStringView line, QStringView &author, QStringView &time)
{
    const qsizetype colon = line.indexOf(u'\uff1a');
    if (colon <= 0 || colon > 40)
        return -1;
    QStringView lead = line.first(colon).trimmed();
    QStringView when;
    if (lead.endsWith(u'\uff09')) {
        const qsizetype open = lead.lastIndexOf(u'\uff08');
        if (open <= 0)
            return -1;
        when = lead.sliced(open + 1, lead.size() - open - 2).trimmed();
        lead = lead.first(open).trimmed();
        if (!isFullTime(when)) // "问题（第2段）：…" ("paragraph 2") is no time, and names no one
            return -1;
    }
    // A name holds no colon or sentence's end ("注意：…" may; "他说。结论：…" does not).
    if (lead.isEmpty() || lead.size() > 20 || lead.count(u' ') > 2 || lead.contains(u':')
        || lead.contains(u'\u3002') || lead.contains(u'!') || lead.contains(u'\uff01'))
        return -1;
    author = lead;
    time = when;
    return colon + 1;
}

// Whether `line` (trimmed) says there are no comments: "No comments yet", as pages write it in their
// languages, with or without a final stop, in parentheses or emphasis.
bool isNoCommentsNote(QStringView line)
{
    while (!line.isEmpty() && QStringView(u".!\u2026\u3002\uff01").contains(line.back()))
        line.chop(1);
    if (line.size() >= 2 && line.front() == u'(' && line.back() == u')')
        line = line.sliced(1, line.size() - 2);
    // In emphasis ("_No comments yet_", "*No comments yet.*", "**No comments**"), the stop inside it.
    while (line.size() >= 2 && line.front() == line.back() && (line.front() == u'_' || line.front() == u'*'))
        line = line.sliced(1, line.size() - 2);
    while (!line.isEmpty() && QStringView(u".!\u3002\uff01").contains(line.back()))
        line.chop(1);
    static constexpr QStringView kNotes[] = {u"No comments yet", u"No comments", u"No comments so far",
        u"There are no comments yet", u"There are no comments", u"Be the first to comment",
        u"Noch keine Kommentare", u"Keine Kommentare", u"Aucun commentaire", u"Pas encore de commentaire",
        u"Pas encore de commentaires", u"Sin comentarios", u"No hay comentarios", u"Aún no hay comentarios",
        u"Todavía no hay comentarios", u"Nessun commento", u"Ainda não há comentários", u"Sem comentários",
        u"Nog geen reacties", u"Нет комментариев", u"Комментариев пока нет", u"Коментарів немає",
        u"まだコメントはありません", u"コメントはまだありません", u"暂无评论", u"还没有评论", u"尚無評論",
        u"댓글이 없습니다", u"아직 댓글이 없습니다", u"댓글 없음", u"Keine Kommentare vorhanden",
        u"Aucun commentaire pour le moment", u"Sin comentarios todavía", u"Ancora nessun commento",
        u"Nenhum comentário", u"Geen reacties", u"Пока нет комментариев", u"Комментариев нет",
        u"Brak komentarzy", u"Henüz yorum yok", u"Yorum yok", u"Belum ada komentar", u"Tidak ada komentar",
        u"لا توجد تعليقات", u"لا توجد تعليقات بعد", u"لا تعليقات", u"אין תגובות", u"אין תגובות עדיין",
        u"暂无留言", u"还没有留言", u"コメントなし", u"Henüz yorum yapılmamış", u"0 comments",
        u"Comments are closed", u"Comments are closed for this post", u"Commenting is closed",
        u"Kommentare sind geschlossen", u"Les commentaires sont fermés"};
    return std::any_of(std::begin(kNotes), std::end(kNotes),
        [line](QStringView note) { return line.compare(note, Qt::CaseInsensitive) == 0; });
}

} // namespace

CommentLine readCommentLine(const Article &a, int line, Comment &c)
{
    const TextSpan lineSpan = a.lines.at(line - 1).span;
    const QStringView l = a.view(lineSpan);
    if (isBlankLine(l))
        return CommentLine::Blank;
    const TextSpan span = trimmedSpan(l, {0, l.size()});
    const QStringView t = l.sliced(span.start, span.length);
    if (isNoCommentsNote(t))
        return CommentLine::Placeholder;
    c.line = line;
    c.span = {lineSpan.start + span.start, span.length};
    // A list bullet, and a time in brackets before the author ("[2024-05-01 10:00] Ann: …"), come first.
    const auto skipSpaces = [&t](qsizetype i) {
        while (i < t.size() && t.at(i).isSpace())
            ++i;
        return i;
    };
    qsizetype leadStart = 0;
    if (t.size() > 2 && QStringView(u"-*\u2022").contains(t.front()) && t.at(1) == u' ')
        leadStart = skipSpaces(2);
    QStringView bracketedTime;
    if (leadStart < t.size() && t.at(leadStart) == u'[') {
        const qsizetype close = t.indexOf(u']', leadStart);
        const QStringView inside
            = close > leadStart ? t.sliced(leadStart + 1, close - leadStart - 1) : QStringView();
        if (!inside.isEmpty() && inside.size() <= 60 && containsDateLike(inside)) {
            bracketedTime = inside.trimmed();
            leadStart = skipSpaces(close + 1);
        }
    }
    const QStringView rest = t.sliced(leadStart);
    qsizetype textStart = leadStart;
    // "> Marie wrote: …": a reply quoting a comment names no one of its own.
    if (rest.startsWith(u'>')) {
        c.textSpan = {c.span.start, t.size()};
        c.text = t.toString();
        return CommentLine::Comment;
    }
    QStringView wideAuthor;
    QStringView wideTime;
    // "Carol, 2024-05-02 08:30: …": the name's colon is the first one a space follows.
    const auto leadWithClock = [&rest]() -> std::optional<CommentLead> {
        const qsizetype colon = rest.indexOf(u": ");
        if (colon <= 0 || colon > 80)
            return std::nullopt;
        const QStringView lead = rest.first(colon);
        // (A date's slash may stand in the time: "Lucía M., 12/02/2025 19:40: …"; one left in the name
        // below makes it none.)
        if (lead.contains(u'(') || lead.contains(u'[') || authorAndTime(lead).second.isEmpty())
            return std::nullopt;
        return CommentLead {{0, colon}, {}, colon + 2};
    };
    if (const std::optional<CommentLead> lead
        = bracketedTime.isEmpty() ? matchCommentWithTime(rest) : std::nullopt) {
        const QStringView time = rest.sliced(lead->time.start, lead->time.length).trimmed();
        const QStringView name = rest.sliced(lead->author.start, lead->author.length).trimmed();
        // "Ann (Moderator): …", "Ann (edited): …": words about the name, no time; they stay with it. A
        // label heading a remark names no one ("Update (edited): …").
        if (isNameNote(time)) {
            if (!isRemarkLabel(name)) {
                c.author = withoutNameEmphasis(rest.first(lead->time.end() + 1).trimmed()).toString();
                textStart += lead->length;
            }
        } else {
            c.author = withoutSays(withoutNameEmphasis(name)).toString();
            c.timestamp = time.toString();
            textStart += lead->length;
        }
    } else if (const qsizetype wide = readWideLead(rest, wideAuthor, wideTime); wide > 0) {
        c.author = wideAuthor.toString();
        c.timestamp = (wideTime.isEmpty() ? bracketedTime : wideTime).toString();
        textStart += wide;
    } else if (const std::optional<CommentLead> lead =
                   [&] {
                       const std::optional<CommentLead> plain = matchCommentAuthor(rest);
                       return plain ? plain : leadWithClock();
                   }();
               lead
               // (A name has fewer than five spaces; the time after it may have more: "Priya Shah — Oct 15,
               // 2024: …".)
               && authorAndTime(rest.sliced(lead->author.start, lead->author.length).trimmed())
                       .first.count(u' ')
                   < 5
               && !isRemarkLabel(rest.sliced(lead->author.start, lead->author.length).trimmed())) {
        // "Ann, 2024-05-01: …", "Ann — May 1, 2024: …": the time after the name.
        auto [author, time] = authorAndTime(rest.sliced(lead->author.start, lead->author.length).trimmed());
        if (!bracketedTime.isEmpty() && time.isEmpty())
            time = bracketedTime;
        else if (!bracketedTime.isEmpty()) // (a second time: the name is what stands before the colon)
            std::tie(author, time)
                = std::pair(rest.sliced(lead->author.start, lead->author.length).trimmed(), bracketedTime);
        // ("Update, May 2: …" names nobody; nor does "Q1, 2024: …", a year being no one's name, nor
        // "1/2: …", with no letter.)
        // A slash was let into the lead for a date: left in the name, it was none ("Paris, 12/05: …",
        // "Overall, 3/4 of the claims: …").
        const bool named = std::any_of(author.cbegin(), author.cend(), [](QChar ch) { return ch.isLetter(); })
            && !author.contains(u'/');
        if (named && !isRemarkLabel(author) && !containsDateLike(author)) {
            c.author = withoutSays(withoutNameEmphasis(author)).toString();
            c.timestamp = time.toString();
            textStart += lead->length;
        }
    }
    const TextSpan text = trimmedSpan(t, {textStart, t.size() - textStart});
    c.textSpan = {c.span.start + text.start, text.length};
    c.text = t.sliced(text.start, text.length).toString();
    return CommentLine::Comment;
}

int noCommentsNoteLine(const Article &a)
{
    const Section &s = a.commentsSection;
    for (int i = s.firstLine; i <= s.lastLine && i <= a.lines.size(); ++i) {
        Comment unused;
        if (readCommentLine(a, i, unused) == CommentLine::Placeholder)
            return i;
    }
    return 0;
}

QString noCommentsNote(const Article &a)
{
    const int line = noCommentsNoteLine(a);
    if (line == 0)
        return {};
    QStringView note = a.view(a.lines.at(line - 1).span).trimmed();
    // "**No comments**", "_No comments yet_." (a stop after the emphasis, kept), "*No comments.*".
    QString stop;
    while (note.size() >= 2 && (note.front() == u'_' || note.front() == u'*')) {
        qsizetype end = note.size() - 1;
        while (end > 0 && note.at(end) != note.front() && !note.at(end).isLetterOrNumber())
            --end;
        if (end == 0 || note.at(end) != note.front())
            break;
        stop.prepend(note.sliced(end + 1));
        note = note.sliced(1, end - 1);
    }
    return note.toString() + stop;
}

} // namespace Citewise
