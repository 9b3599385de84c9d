// Reading the title line and the first paragraph's dateline ("Seoul, July 2, 2025 — ") (see
// docs/FORMAT.md, "Title" and "Dateline").
#include "articleio.h"
#include "citationscanner.h"
#include "leadpatterns.h"
#include "linekinds.h"
#include "sectionheaders.h"
#include "textsearch.h"

#include <algorithm>

namespace Citewise {

namespace {

// `span` without the emphasis it stands in as a whole: "**A title**", "__A title__", "*A title*".
TextSpan withoutEmphasis(QStringView text, TextSpan span)
{
    for (const QStringView mark : {u"**", u"__", u"*", u"_"}) {
        const QStringView t = text.mid(span.start, span.length);
        if (t.size() > 2 * mark.size() && t.startsWith(mark) && t.endsWith(mark)
            && !t.mid(mark.size(), t.size() - 2 * mark.size()).contains(mark))
            return trimmedSpan(text, {span.start + mark.size(), span.length - 2 * mark.size()});
    }
    return span;
}

// `span` without the word that labels it as the title: "Title: A title", "**Headline:** A title".
TextSpan withoutTitleLabel(QStringView text, TextSpan span)
{
    // (A mail's subject line titles what it forwards: "Subject: Re: …", "Betreff: …", "Objet : …".)
    static constexpr QStringView kLabels[] = {u"title", u"headline", u"titel", u"titre", u"título", u"titolo",
        u"標題", u"标题", u"タイトル", u"제목", u"subject", u"betreff", u"objet", u"asunto", u"oggetto",
        u"assunto", u"onderwerp", u"件名", u"主题"};
    const QStringView t = text.mid(span.start, span.length);
    const auto marksFrom = [&t](qsizetype i) {
        qsizetype k = i;
        while (k < t.size() && (t.at(k) == u'*' || t.at(k) == u'_'))
            ++k;
        return k - i;
    };
    const qsizetype opened = marksFrom(0);
    for (const QStringView label : kLabels) {
        if (!t.sliced(opened).startsWith(label, Qt::CaseInsensitive))
            continue;
        qsizetype k = opened + label.size();
        const qsizetype closedBefore = marksFrom(k);
        k += closedBefore;
        // French sets a space (often a no-break one) before the colon: "Titre : …".
        if (k + 1 < t.size() && (t.at(k) == u' ' || t.at(k) == u'\u00a0' || t.at(k) == u'\u202f')
            && t.at(k + 1) == u':')
            ++k;
        if (k >= t.size() || (t.at(k) != u':' && t.at(k) != u'\uff1a'))
            return span;
        const bool wide = t.at(k) == u'\uff1a'; // (no space after it: "标题：…")
        ++k;
        const qsizetype closedAfter = marksFrom(k);
        k += closedAfter;
        // The marks close those opened ("**Title:** …", "**Title**: …"), and a space follows the colon.
        if (closedBefore + closedAfter != opened || (k < t.size() && !wide && !t.at(k).isSpace()))
            return span;
        const TextSpan rest = trimmedSpan(text, {span.start + k, span.length - k});
        return rest.isEmpty() ? span : rest;
    }
    return span;
}

} // namespace

bool readsAsHeadline(QStringView line)
{
    const QStringView t = line.trimmed();
    return !t.isEmpty() && t.size() <= 200 && !t.endsWith(u'.') && !isReferencesHeader(t)
        && !isCommentsHeader(t) && !isSetextUnderline(t);
}

bool isReleaseLine(QStringView line)
{
    QStringView t = line.trimmed();
    if (t.size() > 40)
        return false;
    while (!t.isEmpty() && QStringView(u"#*_").contains(t.front()))
        t = t.sliced(1);
    while (!t.isEmpty() && QStringView(u"*_:.").contains(t.back()))
        t = t.chopped(1);
    t = t.trimmed();
    static constexpr QStringView kLines[] = {u"for immediate release", u"immediate release", u"for release",
        u"press release", u"news release", u"media release", u"communiqué de presse", u"pressemitteilung",
        u"nota de prensa", u"comunicado de prensa", u"comunicato stampa", u"comunicado de imprensa"};
    return std::any_of(std::begin(kLines), std::end(kLines),
        [t](QStringView words) { return t.compare(words, Qt::CaseInsensitive) == 0; });
}

void readTitle(Article &a, int line, QList<Citation> &citations, QList<MalformedMarker> &malformed)
{
    const TextSpan lineSpan = a.lines.at(line - 1).span;
    const QStringView text = a.text.view(0, lineSpan.end());
    TextSpan span = trimmedSpan(text, lineSpan);
    if (isMarkdownHeading(a.view(span))) {
        qsizetype k = 0;
        while (k < span.length && text.at(span.start + k) == u'#')
            ++k;
        span = trimmedSpan(text, {span.start + k, span.length - k});
        // "# Title #": CommonMark's closing sequence, after a space, is no part of it either.
        qsizetype end = span.end();
        while (end > span.start && text.at(end - 1) == u'#')
            --end;
        if (end < span.end() && end > span.start && text.at(end - 1).isSpace())
            span = trimmedSpan(text, {span.start, end - span.start});
    }
    // What only sets the title apart is not part of it.
    span = withoutEmphasis(text, withoutTitleLabel(text, withoutEmphasis(text, span)));
    a.title = a.view(span).toString();
    a.titleLine = line;
    a.titleSpan = span;
    // The title's markers, columns counted from the start of the line (its '#'s included).
    const TextSpan marked = {lineSpan.start, span.end() - lineSpan.start};
    scanMarkers(a.view(marked), marked.start, line, citations, malformed);
}

namespace {

// Whether a word in lower case (not a month's name, nor one that joins a place's name, "de", "am")
// stands in a dateline's lead-in.
bool isPhrase(QStringView prefix)
{
    static constexpr QStringView kJoining[] = {u"de", u"del", u"la", u"le", u"am", u"an", u"upon", u"sur"};
    for (const QStringView word : prefix.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.front().isLower() && !startsWithMonth(word)
            && std::none_of(
                std::begin(kJoining), std::end(kJoining), [word](QStringView j) { return j == word; }))
            return true;
    }
    return false;
}

// Words in capitals that open a text as a label, not as the place it was written in ("UPDATE - …").
bool isCapitalLabel(QStringView prefix)
{
    static constexpr QStringView kLabels[] = {u"UPDATE", u"UPDATED", u"EDIT", u"NOTE", u"NB", u"PS", u"FAQ",
        u"TLDR", u"BREAKING", u"BREAKING NEWS", u"EXCLUSIVE", u"OPINION", u"ANALYSIS", u"WARNING",
        u"IMPORTANT", u"SUMMARY", u"CORRECTION", u"ABSTRACT", u"INTRODUCTION", u"BACKGROUND", u"CONCLUSION",
        u"DISCLAIMER", u"REVIEW", u"INTERVIEW", u"EDITORIAL", u"LIVE", u"WATCH", u"VIDEO", u"PHOTOS", u"Q&A"};
    return std::any_of(
        std::begin(kLabels), std::end(kLabels), [prefix](QStringView label) { return label == prefix; });
}

// Whether `words` name a state, province or country as a wire's dateline writes it after its city:
// one to three words, each capitalised, of letters, full stops and apostrophes ("Calif.", "N.Y.",
// "England", "New South Wales").
bool isRegionName(QStringView words)
{
    if (words.isEmpty() || words.size() > 30)
        return false;
    int count = 0;
    for (const QStringView word : words.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (++count > 3 || !word.front().isUpper() || !std::all_of(word.cbegin(), word.cend(), [](QChar c) {
                return c.isLetter() || c == u'.' || c == u'\'' || c == u'\u2019';
            }))
            return false;
    }
    return count > 0;
}

// `lead` without a news agency's credit in parentheses at its end ("(Reuters)", "(AP)", "(dpa)") or
// between slashes ("/PRNewswire/"): a name of at most 30 characters, without digits, after a space and
// after a place or a date.
QStringView withoutAgencyCredit(QStringView lead)
{
    // (Or between slashes, as release wires credit themselves: "June 3, 2025 /PRNewswire/".)
    const bool slashed = lead.endsWith(u'/');
    if (!lead.endsWith(u')') && !slashed)
        return lead;
    const qsizetype open = slashed ? lead.chopped(1).lastIndexOf(u'/') : lead.lastIndexOf(u'(');
    if (open < 2 || !lead.at(open - 1).isSpace())
        return lead;
    const QStringView name = lead.sliced(open + 1, lead.size() - open - 2);
    if (name.isEmpty() || name.size() > 30 || !name.front().isLetter()
        || std::any_of(
            name.cbegin(), name.cend(), [](QChar c) { return c.isDigit() || c == u'(' || c == u','; }))
        return lead;
    return lead.first(open).trimmed();
}

// Whether `text` holds a day before a month's name, as most languages write a date and wires give one
// without its year: "3 May", "3. Mai", "3 de mayo", "3 mai", "12 ottobre", "3 مارس".
bool containsDayAndMonth(QStringView text)
{
    static constexpr QStringView kMonths[] = {u"january", u"february", u"march", u"april", u"may", u"june",
        u"july", u"august", u"september", u"october", u"november", u"december", u"jan", u"feb", u"mar",
        u"apr", u"jun", u"jul", u"aug", u"sep", u"sept", u"oct", u"nov", u"dec", u"janvier", u"février",
        u"mars", u"avril", u"mai", u"juin", u"juillet", u"août", u"septembre", u"octobre", u"novembre",
        u"décembre", u"januar", u"februar", u"märz", u"juni", u"juli", u"oktober", u"dezember", u"enero",
        u"febrero", u"marzo", u"abril", u"mayo", u"junio", u"julio", u"agosto", u"septiembre", u"octubre",
        u"noviembre", u"diciembre", u"gennaio", u"febbraio", u"aprile", u"maggio", u"giugno", u"luglio",
        u"settembre", u"ottobre", u"dicembre", u"janeiro", u"fevereiro", u"março", u"maio", u"junho",
        u"julho", u"setembro", u"outubro", u"dezembro", u"يناير", u"فبراير", u"مارس", u"أبريل", u"مايو",
        u"يونيو", u"يوليو", u"أغسطس", u"سبتمبر", u"أكتوبر", u"نوفمبر", u"ديسمبر"};
    QStringView previous;
    for (QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.endsWith(u'.') || word.endsWith(u','))
            word.chop(1);
        // ("3 de mayo": the day before "de")
        if (word == u"de" || word == u"di")
            continue;
        // ("3rd May", "1st June": an English ordinal's letters after the day)
        QStringView dayWord = previous;
        for (const QStringView ordinal : {u"st", u"nd", u"rd", u"th"}) {
            if (dayWord.size() > 2 && dayWord.endsWith(ordinal, Qt::CaseInsensitive)) {
                dayWord.chop(2);
                break;
            }
        }
        const bool day = !dayWord.isEmpty() && dayWord.size() <= 3
            && std::all_of(dayWord.cbegin(), dayWord.cend(), [](QChar c) { return c.isDigit() || c == u'.'; })
            && dayWord.front().isDigit();
        if (day && std::any_of(std::begin(kMonths), std::end(kMonths), [word](QStringView month) {
                return word.compare(month, Qt::CaseInsensitive) == 0;
            }))
            return true;
        previous = word;
    }
    return false;
}

// Whether `words` may name a place: one to four words, capitalised but for the words that join a
// place's name ("Rio de Janeiro", "Frankfurt am Main"), of letters, full stops, hyphens and apostrophes,
// and none of the words that label a picture or a chart ("Photo (AFP) - …").
bool isPlaceName(QStringView words)
{
    static constexpr QStringView kJoining[] = {u"de", u"del", u"da", u"do", u"dos", u"das", u"di", u"la",
        u"le", u"les", u"am", u"an", u"im", u"upon", u"sur", u"on", u"en", u"al", u"el"};
    static constexpr QStringView kLabels[]
        = {u"Photo", u"Image", u"Picture", u"Video", u"Chart", u"Graphic", u"Map", u"Illustration", u"File",
            u"Source", u"Credit", u"Dear", u"Save", u"Chapter", u"Version", u"Sprint", u"Part", u"Update"};
    if (words.isEmpty() || words.size() > 40)
        return false;
    int count = 0;
    for (const QStringView word : words.tokenize(u' ', Qt::SkipEmptyParts)) {
        const bool joining = count > 0
            && std::any_of(
                std::begin(kJoining), std::end(kJoining), [word](QStringView j) { return j == word; });
        if (++count > 4 || (!joining && !word.front().isUpper())
            || !std::all_of(word.cbegin(), word.cend(),
                [](QChar c) {
                    return c.isLetter() || c == u'.' || c == u'-' || c == u'\'' || c == u'\u2019';
                })
            || std::any_of(std::begin(kLabels), std::end(kLabels),
                [word](QStringView label) { return word.compare(label, Qt::CaseInsensitive) == 0; }))
            return false;
    }
    return count > 0;
}

// Whether `name` is a news agency's, as a dateline credits it after a place written in mixed case
// ("Berlin (dpa) - …"), where a place in capitals is not there to tell the lead-in from a phrase.
bool isNewsAgency(QStringView name)
{
    // (Not the names that are other things' as often: AP, PA, AA, CP, TT, APA, SPA.)
    static constexpr QStringView kAgencies[] = {u"Reuters", u"AFP", u"dpa", u"EFE", u"ANSA", u"Xinhua",
        u"Kyodo", u"Yonhap", u"TASS", u"UPI", u"Bloomberg", u"Europa Press", u"PTI", u"IANS", u"KNA", u"epd",
        u"Keystone-SDA", u"Belga", u"ANP", u"NTB", u"AAP", u"Lusa", u"PAP", u"ČTK", u"MTI", u"Anadolu",
        u"WAFA", u"KUNA", u"WAM", u"MENA", u"IRNA", u"رويترز"};
    return std::any_of(std::begin(kAgencies), std::end(kAgencies),
        [name](QStringView agency) { return name.compare(agency, Qt::CaseInsensitive) == 0; });
}

// The first comma in a lead-in, as each script writes it: ',', full-width '，', Japanese '、', Arabic '،';
// -1 when there is none.
qsizetype leadComma(QStringView prefix)
{
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (QStringView(u",\uff0c\u3001\u060c").contains(prefix.at(i)))
            return i;
    }
    return -1;
}

} // namespace

// "Seoul, July 2, 2025 — " at the start of the first paragraph of the body.
void readDateline(Article &a)
{
    a.hasDateline = false;
    a.dateline = Dateline();
    if (a.paragraphs.isEmpty() || a.paragraphs.constFirst().afterReferences)
        return;
    const Paragraph &p = a.paragraphs.constFirst();
    const QStringView paragraph = a.view(p.span);
    const QStringView head = paragraph.left(120);
    const std::optional<DatelineLead> lead = matchDatelineLead(head);
    if (!lead)
        return;
    // "WASHINGTON (Reuters) - …", "PARIS, March 3 (AFP) — …": a news agency's credit ends the lead-in,
    // and is neither place nor date.
    const QStringView prefix = withoutAgencyCredit(head.left(lead->prefixLength));
    // "TL;DR - …", "By Jane Doe | March 5 — …": a place and a date hold neither.
    if (prefix.contains(u';') || prefix.contains(u'|'))
        return;
    // (A day before its month, "LONDON, 3 May (Reuters) - …", only after a place and a comma: alone, "Since
    // 12 March - …" opens a phrase as often.)
    const qsizetype firstComma = leadComma(prefix);
    const bool hasDate = containsDateLike(prefix)
        || (firstComma > 0 && containsDayAndMonth(prefix.sliced(firstComma + 1))
            && isPlaceName(prefix.first(firstComma)));
    const auto isCapitalPlace = [](QStringView place) {
        return place.size() >= 3 && place.toString().toUpper() == place && place.front().isLetter()
            && !place.contains(u',')
            && std::none_of(place.cbegin(), place.cend(), [](QChar c) { return c.isDigit(); }) // "COVID-19"
            && !isCapitalLabel(place) && !isWeekday(place); // ("TUESDAY — …" names a day, no place)
    };
    const bool allCapsPlace = isCapitalPlace(prefix);
    // "OAKLAND, Calif. (AP) — …", "LONDON, England (Reuters) — …": a city in capitals and, after a comma,
    // the state or country it is in, as US wires write it; the two are the place. The state abbreviated,
    // or the agency's credit after it, tells it from words in capitals ("COVID, Summary - …").
    const qsizetype regionComma = prefix.indexOf(u',');
    const QStringView region = regionComma > 0 ? prefix.sliced(regionComma + 1).trimmed() : QStringView();
    const bool credited = prefix.size() < head.left(lead->prefixLength).trimmed().size();
    const bool wirePlace = !hasDate && regionComma > 0 && isCapitalPlace(prefix.first(regionComma))
        && isRegionName(region) && (credited || region.contains(u'.'));
    // "Berlin (dpa) - …": a place in mixed case before a news agency's credit.
    const QStringView written = head.left(lead->prefixLength).trimmed();
    const bool agencyPlace = !hasDate && credited && regionComma < 0 && isPlaceName(prefix)
        && !isCapitalLabel(prefix.toString().toUpper())
        && isNewsAgency(written.sliced(prefix.size()).trimmed().chopped(1).sliced(1).trimmed());
    if (!hasDate && !allCapsPlace && !wirePlace && !agencyPlace)
        return;
    // Without a comma the lead-in is a date, or a place and a date ("Seoul July 2"): a day, not a year
    // alone ("Since 2019 - …", "WWDC 2024 - …"), and no words in lower case ("Founded in 1998 - …",
    // "May 2024 update - …").
    if (hasDate && firstComma < 0 && (isPhrase(prefix) || !isFullTime(prefix)))
        return;
    if (prefix.count(u' ') > 8)
        return;
    // "In 2020 - a strange year - we …": the dash opens an aside that a second one closes in the same
    // sentence, not a dateline.
    const QStringView dash = head.sliced(lead->prefixLength, lead->length - lead->prefixLength).trimmed();
    const QStringView rest = paragraph.sliced(lead->length);
    const qsizetype sentenceEnd = rest.indexOf(u". ");
    const QStringView sentence = sentenceEnd < 0 ? rest : rest.first(sentenceEnd);
    if (sentence.contains(QString(u' ' + dash.toString() + u' ')))
        return;
    // Spans within the paragraph, then placed in the text.
    const qsizetype base = p.span.start;
    const auto trimmedAt = [&](qsizetype from, qsizetype length) {
        const TextSpan span = trimmedSpan(paragraph, {from, length});
        return TextSpan {base + span.start, span.length};
    };
    Dateline d;
    d.span = {base, lead->length};
    qsizetype comma = firstComma;
    // "March 3, 2024", "Tuesday, May 6": the comma is the date's own, and there is no place.
    if (comma > 0 && (containsDateLike(prefix.first(comma)) || isWeekday(prefix.first(comma).trimmed())))
        comma = -1;
    if (comma > 0 && !wirePlace) {
        d.placeSpan = trimmedAt(0, comma);
        d.dateSpan = trimmedAt(comma + 1, prefix.size() - comma - 1);
    } else if (hasDate) {
        d.dateSpan = trimmedAt(0, prefix.size());
    } else {
        d.placeSpan = trimmedAt(0, prefix.size());
    }
    d.place = a.view(d.placeSpan).toString();
    d.date = a.view(d.dateSpan).toString();
    // The agency's name, without its parentheses.
    if (written.size() > prefix.size() + 2)
        d.credit = written.sliced(prefix.size()).trimmed().chopped(1).sliced(1).trimmed().toString();
    a.hasDateline = true;
    a.dateline = d;
}

} // namespace Citewise
