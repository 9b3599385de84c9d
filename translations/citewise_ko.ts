<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Citewise::ArticleDocument</name>
    <message>
        <source>“%1” is a folder, not an article file.</source>
        <translation type="vanished">“%1”은(는) 기사 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB). Citewise opens files up to 256 MB.</source>
        <translation type="vanished">“%1”이(가) 너무 큽니다(%2MB). Citewise는 256MB까지의 파일만 엽니다.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="vanished">“%1”을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is too large. Citewise opens files up to 256 MB.</source>
        <translation type="vanished">“%1”이(가) 너무 큽니다. Citewise는 256MB까지의 파일만 엽니다.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="vanished">“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-8. It is opened read-only so that they are never changed.</source>
        <translation>파일에 올바른 UTF-8이 아닌 바이트가 있습니다. 이 바이트가 바뀌지 않도록 읽기 전용으로 엽니다.</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-16. It is opened read-only so that they are never changed.</source>
        <translation>파일에 올바른 UTF-16이 아닌 바이트가 있습니다. 이 바이트가 바뀌지 않도록 읽기 전용으로 엽니다.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes and may not be a text file. It is opened read-only.</source>
        <translation>파일에 NUL 바이트가 있어 텍스트 파일이 아닐 수 있습니다. 읽기 전용으로 엽니다.</translation>
    </message>
    <message>
        <source>You do not have permission to change this file. Use Save As to keep a copy.</source>
        <translation type="vanished">이 파일을 변경할 권한이 없습니다. 사본을 남기려면 &quot;다른 이름으로 저장&quot;을 사용하세요.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="vanished">“%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Renumber citations</source>
        <translation type="vanished">인용 번호 다시 매기기</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation type="vanished">참고문헌 추가</translation>
    </message>
    <message>
        <source>Edit reference</source>
        <translation type="vanished">참고문헌 편집</translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation type="vanished">참고문헌 제거</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="vanished">댓글 추가</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="vanished">댓글 편집</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="vanished">댓글 삭제</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>You do not have permission to change this file. Use Save As… to keep your own copy.</source>
        <translation>이 파일을 변경할 권한이 없습니다. 사본을 남기려면 &quot;다른 이름으로 저장…&quot;을 사용하세요.</translation>
    </message>
    <message>
        <source>The file is marked read-only. Use Save As… to keep your own copy.</source>
        <translation type="vanished">이 파일은 읽기 전용으로 표시되어 있습니다. 사본을 남기려면 &quot;다른 이름으로 저장…&quot;을 사용하세요.</translation>
    </message>
    <message>
        <source>Renumber Citations</source>
        <translation>인용 번호 다시 매기기</translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation>참고문헌 추가</translation>
    </message>
    <message>
        <source>Edit Reference</source>
        <translation>참고문헌 편집</translation>
    </message>
    <message>
        <source>Remove Reference</source>
        <translation>참고문헌 제거</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>댓글 추가</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>댓글 편집</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>댓글 삭제</translation>
    </message>
    <message>
        <source>%1: nothing was changed. The article changed while the dialog was open, and what it showed is no longer there as it was.</source>
        <translation>%1: 아무것도 바뀌지 않았습니다. 대화 상자가 열려 있는 동안 기사가 바뀌어, 대화 상자에 보이던 내용이 더 이상 그대로 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1: nothing was changed. The article changed while the dialog was open, and another entry is now numbered %2.</source>
        <translation>%1: 아무것도 바뀌지 않았습니다. 대화 상자가 열려 있는 동안 기사가 바뀌어, 이제 다른 항목의 번호가 %2입니다.</translation>
    </message>
    <message>
        <source>Write Citations as Markers</source>
        <translation>인용을 표시로 쓰기</translation>
    </message>
</context>
<context>
    <name>Citewise::ArticleRenderer</name>
    <message>
        <source>References</source>
        <translation>참고문헌</translation>
    </message>
    <message>
        <source>No references.</source>
        <translation>참고문헌이 없습니다.</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(주소 없음)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>아직 댓글이 없습니다.</translation>
    </message>
    <message>
        <source>Image: </source>
        <translation>이미지: </translation>
    </message>
</context>
<context>
    <name>Citewise::BodyEditor</name>
    <message>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>잘라내기</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>끌어다 놓기</translation>
    </message>
    <message>
        <source>Type or paste the article here: a title line, paragraphs that cite their sources as [1], and a “References:” line followed by entries such as “[1] https://…”.</source>
        <translation>여기에 글을 입력하거나 붙여 넣으십시오: 제목 줄, 출처를 [1]처럼 인용하는 문단, 그리고 “참고 문헌:” 줄과 “[1] https://…” 같은 항목.</translation>
    </message>
</context>
<context>
    <name>Citewise::CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Comment author</source>
        <translation>댓글 작성자</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>댓글 내용</translation>
    </message>
    <message>
        <source>What should the author or other editors know?</source>
        <translation>작성자나 다른 편집자가 알아야 할 내용은 무엇인가요?</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>댓글(&amp;C):</translation>
    </message>
    <message>
        <source>A comment is one line of the article: Enter saves it.</source>
        <translation>댓글은 글의 한 줄입니다. Enter 키를 누르면 저장됩니다.</translation>
    </message>
    <message>
        <source>A name cannot hold a colon, parentheses or square brackets.</source>
        <translation>이름에는 콜론, 괄호, 대괄호를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>A comment keeps the name of the one who wrote it.</source>
        <translation>댓글에는 작성한 사람의 이름이 그대로 남습니다.</translation>
    </message>
    <message>
        <source>A name cannot hold a colon, parentheses or square brackets: the comment will be saved without one.</source>
        <translation>이름에는 콜론, 괄호, 대괄호를 쓸 수 없습니다. 댓글은 이름 없이 저장됩니다.</translation>
    </message>
    <message>
        <source>A name cannot hold a colon, parentheses or square brackets: it will be saved as “%1”.</source>
        <translation>이름에는 콜론, 괄호, 대괄호를 쓸 수 없습니다. “%1”(으)로 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>Citewise::CommentsModel</name>
    <message>
        <source>(anonymous)</source>
        <translation>(익명)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
</context>
<context>
    <name>Citewise::CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Comments list</source>
        <translation>댓글 목록</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>아직 댓글이 없습니다.</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>댓글 없음</translation>
    </message>
    <message>
        <source>&amp;Add Comment…</source>
        <translation>댓글 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Comment…</source>
        <translation>댓글 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Comment</source>
        <translation>댓글 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Comment actions</source>
        <translation>댓글 작업</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>댓글 추가</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>댓글 편집</translation>
    </message>
</context>
<context>
    <name>Citewise::Diagnostics</name>
    <message>
        <source>This line in the references section is not a reference entry.</source>
        <translation>참고문헌 섹션의 이 줄은 참고문헌 항목이 아닙니다.</translation>
    </message>
    <message>
        <source>This line contains bytes that are not valid UTF-8; they are kept unchanged.</source>
        <translation type="vanished">이 줄에 올바른 UTF-8이 아닌 바이트가 있습니다. 이 바이트는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>This line contains bytes that are not valid UTF-16; they are kept unchanged.</source>
        <translation type="vanished">이 줄에 올바른 UTF-16이 아닌 바이트가 있습니다. 이 바이트는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Reference number %1 is out of range (1 to %2).</source>
        <translation>참고문헌 번호 %1이(가) 허용 범위(1~%2)를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Reference number %1 is already used on line %2.</source>
        <translation>참고문헌 번호 %1은(는) 이미 %2번째 줄에서 쓰이고 있습니다.</translation>
    </message>
    <message>
        <source>Reference %1 has no usable URL.</source>
        <translation>참고문헌 %1에 쓸 수 있는 URL이 없습니다.</translation>
    </message>
    <message>
        <source>Reference %1 points to the same address as reference %2.</source>
        <translation>참고문헌 %1이(가) 참고문헌 %2와(과) 같은 주소를 가리킵니다.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>“%1”은(는) 올바른 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>“%1”은(는) http 또는 https 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Citation number %1 is out of range (1 to %2).</source>
        <translation>인용 번호 %1이(가) 허용 범위(1~%2)를 벗어났습니다.</translation>
    </message>
    <message>
        <source>The range %1 spans %2 numbers; ranges of more than %3 are neither checked nor renumbered.</source>
        <translation>범위 %1은(는) 번호 %2개에 걸쳐 있습니다. 번호가 %3개를 넘는 범위는 검사하지도, 번호를 다시 매기지도 않습니다.</translation>
    </message>
    <message>
        <source>Citation [%1] has no matching reference.</source>
        <translation>인용 [%1]에 해당하는 참고문헌이 없습니다.</translation>
    </message>
    <message>
        <source>Numbers in this range have no matching reference: %1.</source>
        <translation>이 범위에서 다음 번호에 해당하는 참고문헌이 없습니다: %1.</translation>
    </message>
    <message>
        <source>“%1” looks like a citation marker but holds an invisible or unusual space character (U+%2); retype it.</source>
        <translation>“%1”은(는) 인용 표시처럼 보이지만 보이지 않는 문자나 특이한 공백 문자(U+%2)가 들어 있습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” looks like a citation marker but cannot be read.</source>
        <translation>“%1”은(는) 인용 표시처럼 보이지만 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section.</source>
        <translation>기사에 인용이 있지만 참고문헌 섹션이 없습니다.</translation>
    </message>
    <message>
        <source>References are first cited out of order: [%1] stands where [%2] would come next; renumbering puts them in order of first use.</source>
        <translation>참고문헌이 처음 인용되는 순서가 맞지 않습니다. [%2]이(가) 올 자리에 [%1]이(가) 있습니다. 번호를 다시 매기면 처음 인용된 순서대로 정렬됩니다.</translation>
    </message>
    <message>
        <source>Reference %1 is never cited in the text.</source>
        <translation>참고문헌 %1은(는) 본문에서 한 번도 인용되지 않습니다.</translation>
    </message>
    <message>
        <source>The numbers of the references cited skip [%2]: [%1] is the next source cited; renumbering closes the gap.</source>
        <translation>인용된 참고 문헌 번호가 [%2]을(를) 건너뜁니다: 다음으로 인용된 출처는 [%1]입니다. 번호를 다시 매기면 빈 번호가 메워집니다.</translation>
    </message>
    <message>
        <source>“%1” is a range that runs backwards: it cites nothing.</source>
        <translation>“%1”은(는) 거꾸로 된 범위입니다. 아무것도 인용하지 않습니다.</translation>
    </message>
    <message>
        <source>This code block is never closed: the rest of its part of the article reads as code, and markers there cite nothing.</source>
        <translation>이 코드 블록은 닫히지 않습니다. 이 부분의 나머지는 코드로 읽히며, 그 안의 표시는 아무것도 인용하지 않습니다.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section: the list on line %1 needs a header line such as “References:” above it.</source>
        <translation>문서가 출처를 인용하지만 참고 문헌 부분이 없습니다. %1번째 줄의 목록 위에 “참고 문헌:” 같은 제목 줄이 필요합니다.</translation>
    </message>
    <message>
        <source>This address holds an invisible character (%1) that can make it read as another one.</source>
        <translation>이 주소에는 다른 주소처럼 읽히게 할 수 있는 보이지 않는 문자(%1)가 들어 있습니다.</translation>
    </message>
    <message>
        <source>This line reads as entry [%1] of a list of sources outside the reference list. Only that list is read, so [%1] here is a marker that has no matching reference.</source>
        <translation>이 줄은 참고문헌 목록 밖에 있는 출처 목록의 항목 [%1](으)로 읽힙니다. 그 목록만 읽으므로 여기의 [%1]은(는) 해당하는 참고문헌이 없는 인용입니다.</translation>
    </message>
    <message>
        <source>[%1] has no matching reference; it reads as a year (as a case citation writes one), not a marker.</source>
        <translation>[%1]에 해당하는 참고 문헌이 없습니다. 인용 표시가 아니라 (판례 인용처럼) 연도로 읽힙니다.</translation>
    </message>
    <message>
        <source>The marker “%1” is broken across lines and cannot be read; keep it on one line.</source>
        <translation>인용 표시 “%1”이(가) 여러 줄로 나뉘어 읽을 수 없습니다. 한 줄에 쓰십시오.</translation>
    </message>
    <message>
        <source>The Markdown footnote “%1” is not read as a citation: write it as [%2], and its source in a list under a header such as “References:”.</source>
        <translation>Markdown 각주 “%1”은(는) 인용 표시로 읽히지 않습니다. [%2]로 쓰고, 그 출처는 “References:” 같은 머리글 아래 목록에 쓰십시오.</translation>
    </message>
    <message>
        <source>This line reads as entry [%1] of a list of sources outside the reference list; renumbering would rewrite its number as a marker&apos;s, so it refuses to run. Move the entry into the reference list.</source>
        <translation>이 줄은 참고 문헌 목록 밖에 있는 출처 목록의 항목 [%1](으)로 읽힙니다. 번호 다시 매기기는 이 번호를 인용 표시처럼 바꾸게 되므로 실행되지 않습니다. 항목을 참고 문헌 목록으로 옮기십시오.</translation>
    </message>
    <message>
        <source>%1 has no matching reference; it reads as a span of years, not a marker.</source>
        <translation>%1에 해당하는 참고 문헌이 없습니다. 인용 표시가 아니라 연도 범위로 읽힙니다.</translation>
    </message>
    <message>
        <source>This line contains bytes that are not valid UTF-8: Citewise opens the file read-only so that they are not lost. To edit the text, convert the file to UTF-8 in another program.</source>
        <translation>이 줄에는 올바른 UTF-8이 아닌 바이트가 있습니다. Citewise는 이 바이트가 사라지지 않도록 파일을 읽기 전용으로 엽니다. 텍스트를 편집하려면 다른 프로그램에서 파일을 UTF-8로 변환하십시오.</translation>
    </message>
    <message>
        <source>This line contains bytes that are not valid UTF-16: Citewise opens the file read-only so that they are not lost. To edit the text, repair the file in another program.</source>
        <translation>이 줄에는 올바른 UTF-16이 아닌 바이트가 있습니다. Citewise는 이 바이트가 사라지지 않도록 파일을 읽기 전용으로 엽니다. 텍스트를 편집하려면 다른 프로그램에서 파일을 복구하십시오.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section: line %1 holds the header and its entries on one line, joined by &lt;br&gt;; put each entry on a line of its own.</source>
        <translation>글에 출처가 인용되어 있지만 참고 문헌 섹션이 없습니다. %1번째 줄에 제목과 항목이 &lt;br&gt;로 이어져 한 줄에 있습니다. 항목마다 한 줄씩 쓰십시오.</translation>
    </message>
    <message>
        <source>The address “%1” ends with an ellipsis: it looks cut short for show and likely leads elsewhere than the source. Write the whole address.</source>
        <translation>주소 “%1”이(가) 말줄임표로 끝납니다. 표시용으로 잘린 것으로 보이며 출처가 아닌 다른 곳으로 연결될 수 있습니다. 전체 주소를 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” is written in full-width brackets, which are not read as a citation marker: write it as [%2].</source>
        <translation type="vanished">“%1”은(는) 전각 괄호로 쓰여 인용 표시로 읽히지 않습니다. [%2]로 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation written as a superscript, which is not read as a marker: write it as [%2].</source>
        <translation type="vanished">“%1”은(는) 위 첨자로 쓴 인용으로 보이며 표시로 읽히지 않습니다. [%2]로 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation glued to the full stop (a superscript that lost its raise), which is not read as a marker: write it as %2.</source>
        <translation>“%1”은(는) 마침표에 붙은 인용(위 첨자가 풀린 것)으로 보이며 표시로 읽히지 않습니다. %2로 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation in parentheses, which is not read as a marker: write it as %2.</source>
        <translation>“%1”은(는) 소괄호 안의 인용으로 보이며 표시로 읽히지 않습니다. %2로 쓰세요.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section: “%1” above the list on line %2 is not read as a header; write “References:” there.</source>
        <translation>글이 출처를 인용하지만 참고 문헌 부분이 없습니다. %2번 줄 목록 위의 “%1”은(는) 제목으로 읽히지 않습니다. 그 자리에 “References:”를 쓰세요.</translation>
    </message>
    <message>
        <source>No line under the references header reads as an entry: number each source as its markers cite it, “[1] https://…”, one to a line.</source>
        <translation>참고 문헌 제목 아래 어느 줄도 항목으로 읽히지 않습니다. 각 출처에 표시가 인용하는 대로 “[1] https://…”처럼 번호를 붙여 한 줄에 하나씩 쓰세요.</translation>
    </message>
    <message>
        <source>The Markdown footnote “%1” is not read as a citation: write each source&apos;s marker as a number, [1], [2], …, and the sources in a list under a header such as “References:”.</source>
        <translation>Markdown 각주 “%1”은(는) 인용으로 읽히지 않습니다. 각 출처의 표시를 [1], [2], …처럼 번호로 쓰고, 출처는 “References:” 같은 제목 아래 목록에 쓰십시오.</translation>
    </message>
    <message>
        <source>Reference %1 is cited only as “%2” (line %3), which is not read as a citation marker.</source>
        <translation>참고문헌 %1은(는) 인용 표시로 읽히지 않는 “%2”(%3행)로만 인용됩니다.</translation>
    </message>
    <message>
        <source>The rows of a table under the references header are not read as entries: write each source as its markers cite it, “[1] https://…”, one to a line.</source>
        <translation>참고문헌 제목 아래 표의 행은 항목으로 읽히지 않습니다. 각 출처를 표시가 인용하는 대로 “[1] https://…”처럼 한 줄에 하나씩 쓰십시오.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation written as a superscript, which is not read as a marker: write it as %2.</source>
        <translation>“%1”은(는) 위 첨자로 쓴 인용으로 보이며 표시로 읽히지 않습니다. %2로 쓰세요.</translation>
    </message>
    <message>
        <source>This line holds more than one entry: only the first is read, not those from here on. Put each entry on a line of its own.</source>
        <translation>이 줄에 항목이 둘 이상 있습니다. 첫 항목만 읽히고 여기부터의 항목은 읽히지 않습니다. 항목마다 한 줄씩 쓰십시오.</translation>
    </message>
    <message>
        <source>No line under the references header reads as an entry: numbers in full-width brackets, “%1”, are not read; number each source as its markers cite it, “[1] https://…”, one to a line.</source>
        <translation>참고 문헌 제목 아래 어느 줄도 항목으로 읽히지 않습니다. “%1”처럼 전각 괄호로 쓴 번호는 읽히지 않습니다. 각 출처에 표시가 인용하는 대로 “[1] https://…”처럼 번호를 붙여 한 줄에 하나씩 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” is not read as a citation: “%2” is no locator Citewise reads (such as p., ch., sec., fig. or Theorem). Write the marker as [%3] and the locator outside it.</source>
        <translation>“%1”은(는) 인용으로 읽히지 않습니다: “%2”은(는) Citewise가 읽는 위치 표시(p., ch., sec., fig., Theorem 등)가 아닙니다. 표시는 [%3](으)로 쓰고 위치는 그 밖에 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” reads as code, not as a citation marker: put the code in backticks, `%1`, or write a marker after a space.</source>
        <translation>“%1”은(는) 인용 표시가 아니라 코드로 읽힙니다: 코드는 백틱으로 감싸거나(`%1`) 표시를 공백 뒤에 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” has a full stop after its number and is not read as a citation: write it as %2.</source>
        <translation>“%1”은(는) 번호 뒤에 마침표가 있어 인용 표시로 읽히지 않습니다: %2(으)로 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” may give examples of values rather than cite sources, so it is not read as a citation. If it cites them, write the words before the marker: %2 [%3.</source>
        <translation>“%1”은(는) 출처가 아니라 예시 값을 나타낼 수 있어 인용 표시로 읽히지 않습니다. 출처를 인용하는 것이라면 단어를 표시 앞에 쓰세요: %2 [%3.</translation>
    </message>
    <message>
        <source>“%1” may be a range of values rather than of sources, so it is not read as a citation. If it cites them, write the range with a dash: %2.</source>
        <translation>“%1”은(는) 출처가 아니라 값의 범위일 수 있어 인용 표시로 읽히지 않습니다. 출처를 인용하는 것이라면 범위를 대시로 쓰세요: %2.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation with words or letters no marker holds, which is not read as a marker: write it as %2, and the rest outside it.</source>
        <translation>“%1”은(는) 표시에 들어가지 않는 단어나 글자가 있는 인용으로 보이며 표시로 읽히지 않습니다. %2로 쓰고 나머지는 그 밖에 쓰세요.</translation>
    </message>
    <message>
        <source>The article cites sources but has no references section: line %1 holds the header and the first entry on one line; put the entry on a line of its own.</source>
        <translation>글은 출처를 인용하지만 참고 문헌 부분이 없습니다. %1번 줄에 제목과 첫 항목이 한 줄에 있습니다. 항목을 다음 줄로 옮기세요.</translation>
    </message>
    <message>
        <source>“%1” is written in full-width brackets, which are not read as a citation marker: write it as %2.</source>
        <translation>“%1”은(는) 전각 괄호로 쓰여 인용 표시로 읽히지 않습니다. %2(으)로 쓰세요.</translation>
    </message>
    <message>
        <source>This line reads as the rest of the address of reference %1, broken onto a line of its own: join it to the line above, or the address is read without it.</source>
        <translation>이 줄은 참고문헌 %1의 주소 나머지 부분이 따로 한 줄로 끊어진 것으로 보입니다. 위 줄에 이어 붙이지 않으면 주소는 이 부분 없이 읽힙니다.</translation>
    </message>
    <message>
        <source>“%1” reads as a citation glued to the comma (a superscript that lost its raise), which is not read as a marker: write it as %2.</source>
        <translation>“%1”은(는) 쉼표에 붙은 인용(위 첨자가 풀린 것)으로 보이며 표시로 읽히지 않습니다. %2로 쓰세요.</translation>
    </message>
    <message>
        <source>Reference number %1 is already used on line %2, for the same address: take one of the two out.</source>
        <translation>참고문헌 번호 %1은(는) 이미 %2번 줄에서 같은 주소로 쓰이고 있습니다. 둘 중 하나를 지우세요.</translation>
    </message>
    <message>
        <source>No line under the references header reads as an entry: numbers written as superscripts, “%1”, are not read; number each source as its markers cite it, “[1] https://…”, one to a line.</source>
        <translation>참고 문헌 제목 아래 어느 줄도 항목으로 읽히지 않습니다. “%1”처럼 위 첨자로 쓴 번호는 읽히지 않습니다. 각 출처에 표시가 인용하는 대로 “[1] https://…”처럼 번호를 붙여 한 줄에 하나씩 쓰세요.</translation>
    </message>
    <message>
        <source>Citation [%1] links to %2, but reference %1 is %3: one of the two points at another source.</source>
        <translation>인용 [%1]은(는) %2(으)로 연결되지만 참고문헌 %1은(는) %3입니다: 둘 중 하나는 다른 출처를 가리킵니다.</translation>
    </message>
</context>
<context>
    <name>Citewise::DocumentGuard</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>No recovery copy of the unsaved changes could be written: %1</source>
        <translation>저장하지 않은 변경 사항의 복구 사본을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot Recover Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항을 복구할 수 없음</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1. Save to keep them.</source>
        <translation>%1의 저장하지 않은 변경 사항을 복구했습니다. 유지하려면 저장하십시오.</translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be reloaded: %2</source>
        <translation>%1이(가) 다른 프로그램에서 변경되었으며 다시 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program and has been reloaded.</source>
        <translation>%1이(가) 다른 프로그램에서 변경되어 다시 불러왔습니다.</translation>
    </message>
    <message>
        <source>%1 was changed by another program: %2</source>
        <translation>%1이(가) 다른 프로그램에서 변경되었습니다: %2</translation>
    </message>
    <message>
        <source>Loaded the version of %1 on disk.</source>
        <translation>디스크에 있는 %1 버전을 불러왔습니다.</translation>
    </message>
    <message>
        <source>Kept your version of %1; saving replaces the one on disk.</source>
        <translation>내 %1 버전을 유지했습니다. 저장하면 디스크에 있는 버전을 바꿉니다.</translation>
    </message>
    <message>
        <source>%1 is no longer on disk. Save to write it again.</source>
        <translation type="vanished">%1이(가) 더 이상 디스크에 없습니다. 다시 쓰려면 저장하십시오.</translation>
    </message>
    <message>
        <source>Cannot Revert Article</source>
        <translation>기사를 되돌릴 수 없음</translation>
    </message>
    <message>
        <source>“%1” could not be read again; your changes are kept.</source>
        <translation>“%1”을(를) 다시 읽을 수 없습니다. 변경 사항은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Reverted %1 to the version on disk.</source>
        <translation>%1을(를) 디스크에 있는 버전으로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” was deleted or moved by another program.&lt;/b&gt; The text is still open here: save it to write the file again (%2), or close it.</source>
        <translation>&lt;b&gt;다른 프로그램이 “%1”을(를) 삭제하거나 옮겼습니다.&lt;/b&gt; 텍스트는 여기에 그대로 열려 있습니다. 저장하여 파일을 다시 쓰거나(%2) 닫으십시오.</translation>
    </message>
</context>
<context>
    <name>Citewise::ExternalChangeDialog</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>디스크의 파일이 변경됨</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>디스크의 파일이 변경됨</translation>
    </message>
    <message>
        <source>Another program changed “%1” while it has unsaved changes here.
Keep your version (saving will replace theirs), or load theirs and lose your unsaved changes?</source>
        <translation>여기에 저장하지 않은 변경 사항이 있는 동안 다른 프로그램이 “%1”을(를) 변경했습니다.
내 버전을 유지할까요(저장하면 다른 버전을 덮어씁니다), 아니면 디스크 버전을 불러오고 저장하지 않은 변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <source>Version on disk</source>
        <translation>디스크의 버전</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>내 것 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>내 버전 유지</translation>
    </message>
    <message>
        <source>&amp;Load Theirs</source>
        <translation>디스크 버전 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Load the version on disk</source>
        <translation>디스크의 버전 불러오기</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the two versions</source>
        <translation>두 버전 비교</translation>
    </message>
    <message>
        <source>File Deleted or Moved</source>
        <translation type="vanished">파일이 삭제되거나 이동됨</translation>
    </message>
    <message>
        <source>File deleted or moved</source>
        <translation type="vanished">파일이 삭제되거나 이동됨</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program.</source>
        <translation type="vanished">다른 프로그램이 “%1”을(를) 삭제하거나 이동했습니다.</translation>
    </message>
    <message>
        <source>The text is still open here. Keep it open and save it to write the file again (%1), or close it.</source>
        <translation type="vanished">텍스트는 아직 여기에 열려 있습니다. 열어 둔 채 저장하여 파일을 다시 쓰거나(%1) 닫으세요.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation type="vanished">열어 두기(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">닫기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Citewise::FileWriter</name>
    <message>
        <source>permission denied (you are not allowed to change this file or its folder)</source>
        <translation>권한이 없습니다(이 파일이나 폴더를 변경할 수 없습니다)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the disk is read-only (read-only file system)</source>
        <translation>디스크가 읽기 전용입니다(읽기 전용 파일 시스템)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>이 디스크에 비해 파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>디스크에서 입출력 오류가 보고되었습니다</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation>“%1”을(를) 저장할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>; the complete new text was saved in “%1”</source>
        <translation>; 새 텍스트 전체는 “%1”에 저장되었습니다</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>“%1” 폴더가 없습니다</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1바이트</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>“%1” is a link to “%2”, which does not exist.</source>
        <translation>“%1”은(는) 존재하지 않는 “%2”에 대한 링크입니다.</translation>
    </message>
    <message>
        <source>“%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>“%1”이(가) 없습니다. 이동되었거나 이름이 바뀌었거나 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an article file.</source>
        <translation>“%1”은(는) 기사 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device, pipe or socket).</source>
        <translation>“%1”은(는) 일반 파일이 아닙니다(장치, 파이프 또는 소켓입니다).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the file is %2; Citewise opens files up to %3.</source>
        <translation>“%1”을(를) 열 수 없습니다: 파일 크기가 %2입니다. Citewise는 %3까지의 파일을 엽니다.</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>“%1”을(를) 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file (a program, image or archive), not a text article.</source>
        <translation>“%1”은(는) 텍스트 기사가 아니라 바이너리 파일(프로그램, 이미지 또는 압축 파일)로 보입니다.</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>경로의 일부가 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder</source>
        <translation>“%1”은(는) 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <source>“%1” looks like UTF-16 text, but it has an odd number of bytes (a byte is missing, or one was added), so it cannot be read without changing it.</source>
        <translation>“%1”은(는) UTF-16 텍스트로 보이지만 바이트 수가 홀수입니다(한 바이트가 빠졌거나 더해졌습니다). 그래서 바꾸지 않고는 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Citewise::FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>찾기 및 바꾸기</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>이전 찾기(Shift+Enter)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>이전 찾기</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>다음 찾기(Enter)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>다음 찾기</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>대소문자 구분(&amp;M)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>찾기 상태</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>닫기(Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 내용</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>모두 바꾸기(&amp;A)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <source>Search wrapped</source>
        <translation>처음부터 다시 찾음</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n개 바꿈</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2, search wrapped</source>
        <translation>%2개 중 %1번째, 처음부터 다시 찾음</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>모두 바꾸기</translation>
    </message>
</context>
<context>
    <name>Citewise::LinkCheckController</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>OK · %1 · %2</source>
        <translation>정상 · %1 · %2</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>영구</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>임시</translation>
    </message>
    <message>
        <source>Redirected → %1 (%2, %3)</source>
        <translation>리디렉션됨 → %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Timed out after %1 s</source>
        <translation>%1초 후 시간 초과</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>호스트를 찾을 수 없음</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>보안 연결 실패</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>보안 연결 실패: %1</translation>
    </message>
    <message>
        <source>Not checked: not an http or https link</source>
        <translation>확인 안 함: http 또는 https 링크가 아님</translation>
    </message>
    <message>
        <source>Not checked: not a usable address</source>
        <translation>확인 안 함: 사용할 수 없는 주소</translation>
    </message>
    <message>
        <source>Not checked: local or private address</source>
        <translation>확인 안 함: 로컬 또는 사설 주소</translation>
    </message>
    <message>
        <source>Redirect loop or too many redirects</source>
        <translation type="vanished">리디렉션 순환 또는 너무 많은 리디렉션</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>네트워크 오류: %1</translation>
    </message>
    <message>
        <source>Reference [%1] is broken: %2</source>
        <translation>참고문헌 [%1] 링크가 깨졌습니다: %2</translation>
    </message>
    <message>
        <source>Reference [%1] redirects to %2</source>
        <translation>참고문헌 [%1]이(가) %2(으)로 리디렉션됩니다</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) point to this computer or the local network:</source>
        <translation>
            <numerusform>링크 %n개가 이 컴퓨터나 로컬 네트워크를 가리킵니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking them sends requests to devices and services that are not on the public internet. Check them anyway?</source>
        <translation>
            <numerusform>확인하면 공용 인터넷에 있지 않은 장치와 서비스로 요청을 보냅니다. 그래도 확인하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check Local Links?</source>
        <translation>
            <numerusform>로컬 링크를 확인할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Check local links</source>
        <translation>로컬 링크 확인</translation>
    </message>
    <message>
        <source>the link-check module is %1</source>
        <translation>링크 확인 모듈: %1</translation>
    </message>
    <message>
        <source>link checking is not part of this program</source>
        <translation>이 프로그램에는 링크 확인 기능이 없습니다</translation>
    </message>
    <message>
        <source>%1 at %2, redirected · %3</source>
        <translation>%1 · 리디렉션됨 → %2 · %3</translation>
    </message>
    <message>
        <source>Redirect (%1) without a target · %2</source>
        <translation>대상이 없는 리디렉션 (%1) · %2</translation>
    </message>
    <message>
        <source>Not checked: too many requests (429), try again later</source>
        <translation>확인 안 됨: 요청이 너무 많음(429), 나중에 다시 시도하십시오</translation>
    </message>
    <message>
        <source>Reference [%1] could not be checked: its server answered “too many requests”; check it again later.</source>
        <translation>참고 문헌 [%1]을(를) 확인할 수 없습니다. 서버가 “요청이 너무 많음”으로 응답했습니다. 나중에 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>Redirect loop</source>
        <translation>리디렉션 순환</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1)</source>
        <translation>리디렉션이 너무 많음(%1개 초과)</translation>
    </message>
</context>
<context>
    <name>Citewise::MainWindow</name>
    <message>
        <source>Articles (*.txt *.md);;All files (*)</source>
        <translation>기사 (*.txt *.md);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Citewise</source>
        <translation>Citewise</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>읽기 보기</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="vanished">읽기 전용 안내</translation>
    </message>
    <message>
        <source>Article text editor</source>
        <translation>기사 본문 편집기</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>찾기 및 바꾸기</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>사이드바</translation>
    </message>
    <message>
        <source>References</source>
        <translation>참고문헌</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>새 기사</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>기사 열기</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>파일이 없습니다.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>기사를 열 수 없음</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>“%1”을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation>다른 이름으로 기사 저장</translation>
    </message>
    <message>
        <source>Cannot Save Article</source>
        <translation>기사를 저장할 수 없음</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>“%1”을(를) 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.
Do you want to save them before closing it?</source>
        <translation>“%1”에 저장하지 않은 변경 사항이 있습니다.
닫기 전에 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>%1[*] — Citewise</source>
        <translation>%1[*] — Citewise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Use &lt;i&gt;Save As…&lt;/i&gt; to keep your own copy.</source>
        <translation type="vanished">&lt;b&gt;읽기 전용입니다.&lt;/b&gt; %1 사본을 남기려면 &lt;i&gt;다른 이름으로 저장…&lt;/i&gt;을 사용하세요.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>읽기 전용: %1</translation>
    </message>
    <message>
        <source>Reference [%1] is missing from the list of references.</source>
        <translation>참고문헌 목록에 [%1]이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Reference [%1] has no URL.</source>
        <translation>참고문헌 [%1]에 URL이 없습니다.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 여는 중</translation>
    </message>
    <message>
        <source>Cannot Renumber Citations</source>
        <translation>인용 번호를 다시 매길 수 없음</translation>
    </message>
    <message>
        <source>Citations are already numbered in order of first use.</source>
        <translation>인용 번호가 이미 처음 사용된 순서대로 매겨져 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Citations renumbered; %n unused reference(s) removed.</source>
        <translation>
            <numerusform>인용 번호를 다시 매겼습니다. 사용하지 않는 참고문헌 %n개를 제거했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Citations renumbered.</source>
        <translation>인용 번호를 다시 매겼습니다.</translation>
    </message>
    <message>
        <source>About Citewise</source>
        <translation>Citewise 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Citewise %1&lt;/h3&gt;&lt;p&gt;Read, edit and fact-check articles full of citations: follow each marker to its source, keep the references numbered in order and see every problem at a glance.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Citewise %1&lt;/h3&gt;&lt;p&gt;인용이 많은 기사를 읽고, 편집하고, 사실을 확인하세요. 각 인용 표시에서 출처로 이동하고, 참고문헌 번호를 순서대로 유지하고, 모든 문제를 한눈에 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check All &amp;Links</source>
        <translation>모든 링크 확인(&amp;L)</translation>
    </message>
    <message>
        <source>Check Links</source>
        <translation>링크 확인</translation>
    </message>
    <message>
        <source>Check whether every reference&apos;s URL still answers</source>
        <translation>모든 참고문헌의 URL이 아직 응답하는지 확인</translation>
    </message>
    <message>
        <source>Re-check All Li&amp;nks</source>
        <translation>모든 링크 다시 확인(&amp;N)</translation>
    </message>
    <message>
        <source>Check every reference&apos;s URL again, ignoring earlier results</source>
        <translation>이전 결과를 무시하고 모든 참고문헌의 URL을 다시 확인</translation>
    </message>
    <message>
        <source>Cancel Link Chec&amp;k</source>
        <translation>링크 확인 취소(&amp;K)</translation>
    </message>
    <message>
        <source>Stop the link check that is running</source>
        <translation>진행 중인 링크 확인 중지</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>링크 확인 진행률</translation>
    </message>
    <message>
        <source>Links checked</source>
        <translation>확인한 링크</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop checking links</source>
        <translation>링크 확인 중지</translation>
    </message>
    <message>
        <source>Cancel link check</source>
        <translation>링크 확인 취소</translation>
    </message>
    <message>
        <source>Links checked: %1 broken, %2 redirected.</source>
        <translation>링크 확인 완료: 깨짐 %1개, 리디렉션 %2개.</translation>
    </message>
    <message>
        <source>Link check stopped: %1 checked (%2 broken, %3 redirected), %4 not checked.</source>
        <translation>링크 확인 중단: 확인 %1개(깨짐 %2개, 리디렉션 %3개), 확인 안 함 %4개.</translation>
    </message>
    <message>
        <source>Cannot Check Links</source>
        <translation>링크를 확인할 수 없음</translation>
    </message>
    <message>
        <source>Links cannot be checked: %1.

Reinstalling Citewise should restore link checking.</source>
        <translation>링크를 확인할 수 없습니다: %1.

Citewise를 다시 설치하면 링크 확인이 복구됩니다.</translation>
    </message>
    <message>
        <source>No link was checked.</source>
        <translation>확인한 링크가 없습니다.</translation>
    </message>
    <message>
        <source>Could not open %1: this system has no web browser or other program set up for it.</source>
        <translation>%1을(를) 열 수 없습니다: 이 시스템에 웹 브라우저나 이를 열 프로그램이 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1</source>
        <translation type="vanished">&lt;b&gt;읽기 전용입니다.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>“%1” is open in this window.</source>
        <translation>“%1”은(는) 이 창에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is open in another Citewise window. Close it there first, or save under another name.</source>
        <translation>“%1”은(는) 다른 Citewise 창에서 열려 있습니다. 먼저 그 창에서 닫거나 다른 이름으로 저장하십시오.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: choose a new name for a copy. %2</source>
        <translation>“%1”이(가) 읽기 전용으로 열려 있습니다. 사본의 새 이름을 고르십시오. %2</translation>
    </message>
    <message>
        <source>Save a Copy of “%1”</source>
        <translation>“%1”의 사본 저장</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>글자 크기: %1%</translation>
    </message>
    <message>
        <source>Reference&amp;s</source>
        <translation>참고문헌(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;omments</source>
        <translation>댓글(&amp;O)</translation>
    </message>
    <message>
        <source>Revert Article</source>
        <translation>기사 되돌리기</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1” and load it as it is on disk?</source>
        <translation>“%1”의 저장하지 않은 변경 사항을 버리고 디스크에 있는 그대로 불러올까요?</translation>
    </message>
    <message>
        <source>The changes cannot be undone once discarded.</source>
        <translation>버린 변경 사항은 되살릴 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>File notice</source>
        <translation>파일 알림</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) written as markers.</source>
        <translation>
            <numerusform>인용 %n개를 표시로 썼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No citation to write as a marker.</source>
        <translation>표시로 쓸 인용이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s) written as entries.</source>
        <translation>
            <numerusform>각주 %n개를 항목으로 썼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as written: the Problems list names them.</source>
        <translation>
            <numerusform>%n개는 그대로 두었습니다. 문제 목록에서 확인하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry number(s) written as markers are.</source>
        <translation>
            <numerusform>항목 번호 %n개를 표시처럼 썼습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::MainWindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty article</source>
        <translation>비어 있는 새 기사 시작</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>기사 파일 열기</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the article</source>
        <translation>기사 저장</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the article under a new name</source>
        <translation>새 이름으로 기사 저장</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Close the article</source>
        <translation>기사 닫기</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the editor</source>
        <translation>편집기에서 텍스트 찾기</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>바꾸기(&amp;E)…</translation>
    </message>
    <message>
        <source>Find and replace text in the editor</source>
        <translation>편집기에서 텍스트 찾아 바꾸기</translation>
    </message>
    <message>
        <source>Go to &amp;Next Problem</source>
        <translation>다음 문제로 이동(&amp;N)</translation>
    </message>
    <message>
        <source>Move the cursor to the next problem in the text</source>
        <translation>본문의 다음 문제로 커서 이동</translation>
    </message>
    <message>
        <source>&amp;Renumber Citations</source>
        <translation>인용 번호 다시 매기기(&amp;R)</translation>
    </message>
    <message>
        <source>Number citations in order of first use</source>
        <translation>처음 사용된 순서대로 인용 번호 매기기</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>번호 다시 매기기</translation>
    </message>
    <message>
        <source>Renumber and &amp;Drop Unused References</source>
        <translation>번호 다시 매기고 사용하지 않는 참고문헌 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Renumber citations and remove references that are never cited</source>
        <translation>인용 번호를 다시 매기고 인용되지 않은 참고문헌 제거</translation>
    </message>
    <message>
        <source>&amp;Add Reference…</source>
        <translation>참고문헌 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an entry to the list of references</source>
        <translation>참고문헌 목록에 항목 추가</translation>
    </message>
    <message>
        <source>&amp;Reading View</source>
        <translation>읽기 보기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>편집기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>도구 모음(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About Citewise</source>
        <translation>Citewise 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Citations</source>
        <translation>인용(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>주 도구 모음</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>주 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>사이드바(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>문제(&amp;P)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation>다음 창(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>이전 창(&amp;V)</translation>
    </message>
    <message>
        <source>Go to Pre&amp;vious Problem</source>
        <translation>이전 문제로 이동(&amp;V)</translation>
    </message>
    <message>
        <source>Move the cursor to the previous problem in the text</source>
        <translation>텍스트의 이전 문제로 커서 이동</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Make the text of the reading view and the editor larger</source>
        <translation>읽기 보기와 편집기의 글자를 크게 합니다</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Make the text of the reading view and the editor smaller</source>
        <translation>읽기 보기와 편집기의 글자를 작게 합니다</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Show the text at its usual size</source>
        <translation>글자를 보통 크기로 보여 줍니다</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>댓글 추가(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a reader&apos;s comment to the Comments section</source>
        <translation>댓글 섹션에 독자 댓글 추가</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the article under a new name; the file open stays as it is</source>
        <translation>기사를 새 이름으로 저장합니다. 열려 있는 파일은 그대로 둡니다</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and load the file as it is on disk</source>
        <translation>저장하지 않은 변경 사항을 버리고 디스크에 있는 그대로 파일을 불러옵니다</translation>
    </message>
    <message>
        <source>&amp;Write Unread Citations as Markers</source>
        <translation>읽히지 않은 인용을 표시로 쓰기(&amp;W)</translation>
    </message>
    <message>
        <source>Write citations in forms not read as markers (superscripts, full-width brackets, numbers after a full stop or in parentheses) as markers such as [1]</source>
        <translation type="vanished">표시로 읽히지 않는 형태의 인용(위 첨자, 전각 괄호, 마침표 뒤나 괄호 안의 숫자)을 [1]과 같은 표시로 씁니다</translation>
    </message>
    <message>
        <source>Write citations in forms not read as markers (superscripts, full-width brackets, numbers after a full stop or in parentheses, Markdown footnotes) as markers such as [1]</source>
        <translation>표시로 읽히지 않는 형태의 인용(위 첨자, 전각 괄호, 마침표 뒤나 괄호 안의 숫자, Markdown 각주)을 [1]과 같은 표시로 씁니다</translation>
    </message>
</context>
<context>
    <name>Citewise::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>%1행, %2열</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>행:열</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
</context>
<context>
    <name>Citewise::ProblemsPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>문제(%1)</translation>
    </message>
    <message numerus="yes">
        <source>Problems list, %n problem(s)</source>
        <translation>
            <numerusform>문제 목록, 문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
</context>
<context>
    <name>Citewise::ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>읽기 전용 안내</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;읽기 전용입니다.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>읽기 전용입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt;</source>
        <translation>&lt;b&gt;읽기 전용입니다.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Citewise::ReadingView</name>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>[%1] has no matching reference</source>
        <translation>[%1]에 해당하는 참고문헌이 없습니다</translation>
    </message>
    <message>
        <source>Reference %1 has no address</source>
        <translation>참고문헌 %1에 주소가 없습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;[%1]&lt;/b&gt; No reference with this number: this marker is dangling.</source>
        <translation>&lt;b&gt;[%1]&lt;/b&gt; 이 번호의 참고문헌이 없습니다. 이 인용 표시는 연결된 곳이 없습니다.</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>주소 없음</translation>
    </message>
    <message>
        <source>Link check: %1</source>
        <translation>링크 확인: %1</translation>
    </message>
    <message>
        <source>Link not checked</source>
        <translation>링크 확인 안 함</translation>
    </message>
    <message>
        <source>Nothing to read yet.
What is written in the editor shows here as you type.</source>
        <translation>아직 읽을 내용이 없습니다.
편집기에 쓰는 내용이 입력하는 대로 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>Citewise::RecentFiles</name>
    <message>
        <source>Clear &amp;List</source>
        <translation>목록 지우기(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Citewise::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>Citewise did not close normally. The following unsaved changes were kept:</source>
        <translation>Citewise가 정상적으로 종료되지 않았습니다. 저장하지 않은 다음 변경 사항이 보관되었습니다:</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>%1 복구</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>%1 버리기</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>Decide later about %1</source>
        <translation>%1은(는) 나중에 결정</translation>
    </message>
    <message>
        <source>Keep the recovered text and ask again on the next start</source>
        <translation>복구한 텍스트를 보관하고 다음 시작 때 다시 묻기</translation>
    </message>
    <message>
        <source>Discard Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항 버리기</translation>
    </message>
    <message>
        <source>The unsaved changes to “%1” will be lost. Discard them?</source>
        <translation>“%1”의 저장하지 않은 변경 사항이 사라집니다. 버리시겠습니까?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Decide later about all remaining entries</source>
        <translation>남은 항목은 모두 나중에 결정</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>제목 없는 문서</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>In %1, saved %2</source>
        <translation>%1, %2에 보관됨</translation>
    </message>
    <message>
        <source>The file is no longer there; recovering keeps the text until you save it.</source>
        <translation>파일이 더 이상 없습니다. 복구하면 저장할 때까지 텍스트가 유지됩니다.</translation>
    </message>
    <message>
        <source>The file was changed on disk after this copy was made (%1). Recovering replaces that version in the editor; it stays on disk until you save.</source>
        <translation>이 사본이 만들어진 뒤 디스크의 파일이 변경되었습니다(%1). 복구하면 편집기에서 그 버전을 대체하며, 저장할 때까지 디스크에는 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>Citewise::RecoveryStore</name>
    <message>
        <source>Cannot create the recovery folder “%1”.</source>
        <translation>복구 폴더 “%1”을(를) 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Citewise::ReferenceDialog</name>
    <message>
        <source>Reference</source>
        <translation>참고문헌</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>참고문헌 번호</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Reference URL</source>
        <translation>참고문헌 URL</translation>
    </message>
    <message>
        <source>Optional description</source>
        <translation>설명(선택 사항)</translation>
    </message>
    <message>
        <source>Reference label</source>
        <translation>참고문헌 설명</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>확인 메시지</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>번호(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>설명(&amp;L):</translation>
    </message>
    <message>
        <source>Another reference already has number %1.</source>
        <translation>다른 참고문헌이 이미 %1번을 사용합니다.</translation>
    </message>
    <message>
        <source>Enter the address of the source.</source>
        <translation>출처의 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>The address must not contain spaces.</source>
        <translation>주소에 공백이 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>Enter a web address starting with http:// or https://.</source>
        <translation>http:// 또는 https://로 시작하는 웹 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>주소에 호스트 이름이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Citewise::ReferencesModel</name>
    <message>
        <source>[%1] is cited but there is no reference with this number.</source>
        <translation>[%1]이(가) 인용되었지만 이 번호의 참고문헌이 없습니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>잘못된 URL</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>형식 오류</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>잘못된 번호</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Link check: %1</source>
        <translation>링크 확인: %1</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(참고문헌 없음)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>인용 수</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <source>Link not checked yet</source>
        <translation>링크를 아직 확인하지 않음</translation>
    </message>
</context>
<context>
    <name>Citewise::ReferencesPanel</name>
    <message>
        <source>References</source>
        <translation>참고문헌</translation>
    </message>
    <message>
        <source>References list</source>
        <translation>참고문헌 목록</translation>
    </message>
    <message>
        <source>No references yet.
Use Add to cite a source.</source>
        <translation>아직 참고문헌이 없습니다.
&quot;추가&quot;로 출처를 인용하세요.</translation>
    </message>
    <message>
        <source>No references</source>
        <translation>참고문헌 없음</translation>
    </message>
    <message>
        <source>&amp;Add Reference…</source>
        <translation>참고문헌 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Reference…</source>
        <translation>참고문헌 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Reference</source>
        <translation>참고문헌 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Add a reference at the end of the list</source>
        <translation>목록 끝에 참고문헌 추가</translation>
    </message>
    <message>
        <source>Change the selected reference&apos;s number, URL or label</source>
        <translation>선택한 참고문헌의 번호, URL 또는 설명 변경</translation>
    </message>
    <message>
        <source>Remove the selected reference</source>
        <translation>선택한 참고문헌 제거</translation>
    </message>
    <message>
        <source>Reference actions</source>
        <translation>참고문헌 작업</translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation>참고문헌 추가</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation type="vanished">참고문헌 추가</translation>
    </message>
    <message>
        <source>Edit Reference</source>
        <translation>참고문헌 편집</translation>
    </message>
    <message>
        <source>Remove Reference</source>
        <translation>참고문헌 제거</translation>
    </message>
    <message numerus="yes">
        <source>Reference [%1] is cited %n time(s) in the text. Remove it anyway? The markers will point to nothing.</source>
        <translation>
            <numerusform>참고문헌 [%1]은(는) 본문에서 %n번 인용됩니다. 그래도 제거하시겠습니까? 인용 표시가 가리키는 곳이 없어집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;Link</source>
        <translation>링크 확인(&amp;L)</translation>
    </message>
    <message>
        <source>Check whether the selected reference&apos;s URL still answers</source>
        <translation>선택한 참고문헌의 URL이 아직 응답하는지 확인</translation>
    </message>
    <message numerus="yes">
        <source>Reference [%1] is cited %n time(s) in the text. Give it the number %2 anyway? The markers citing [%1] will point to nothing (Renumber Citations changes markers and entries together).</source>
        <translation>
            <numerusform>참고문헌 [%1]은(는) 본문에서 %n번 인용됩니다. 그래도 번호 %2을(를) 주시겠습니까? [%1]을(를) 인용하는 표시는 아무것도 가리키지 않게 됩니다(인용 번호 다시 매기기는 표시와 항목을 함께 바꿉니다).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citewise::Renumbering</name>
    <message>
        <source>The reference on line %1 has a number that is out of range; fix it before renumbering.</source>
        <translation>%1번째 줄의 참고문헌 번호가 허용 범위를 벗어났습니다. 번호를 다시 매기기 전에 고치세요.</translation>
    </message>
    <message>
        <source>Reference number %1 is used on line %2 and on line %3; markers citing it are ambiguous.</source>
        <translation>참고문헌 번호 %1이(가) %2번째 줄과 %3번째 줄에 함께 쓰여, 이 번호를 가리키는 인용 표시가 모호합니다.</translation>
    </message>
    <message>
        <source>The article has no references section to renumber against.</source>
        <translation>번호를 다시 매길 기준이 되는 참고문헌 섹션이 없습니다.</translation>
    </message>
    <message>
        <source>The range on line %1, column %2 cannot be read; fix it before renumbering.</source>
        <translation type="vanished">%1번째 줄 %2번째 칸의 범위를 읽을 수 없습니다. 번호를 다시 매기기 전에 고치세요.</translation>
    </message>
    <message>
        <source>Markers and reference entries overlap; the article was left unchanged.</source>
        <translation>인용 표시와 참고문헌 항목이 겹칩니다. 기사는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>None of the lines under the references header reads as an entry; fix them before renumbering.</source>
        <translation>참고 문헌 제목 아래의 어떤 줄도 항목으로 읽을 수 없습니다. 번호를 다시 매기기 전에 고치세요.</translation>
    </message>
    <message>
        <source>Line %1 of the references looks like an entry but cannot be read; fix it before renumbering.</source>
        <translation>참고 문헌의 %1번째 줄은 항목처럼 보이지만 읽을 수 없습니다. 번호를 다시 매기기 전에 고치세요.</translation>
    </message>
    <message>
        <source>The range on line %1, column %2 holds a number out of range; fix it before renumbering.</source>
        <translation>%1번째 줄 %2번째 열의 범위에 허용 범위를 벗어난 번호가 있습니다. 번호를 다시 매기기 전에 고치세요.</translation>
    </message>
    <message>
        <source>The range on line %1, column %2 runs backwards; fix it before renumbering.</source>
        <translation>%1번째 줄 %2번째 열의 범위가 거꾸로 되어 있습니다. 번호를 다시 매기기 전에 고치세요.</translation>
    </message>
    <message>
        <source>The range on line %1, column %2 is too long to expand; fix it before renumbering.</source>
        <translation>%1번째 줄 %2번째 열의 범위가 너무 길어 펼칠 수 없습니다. 번호를 다시 매기기 전에 고치세요.</translation>
    </message>
    <message>
        <source>Line %1 reads as a reference entry outside the reference list; renumbering would change its number as a marker&apos;s. Fix the lists before renumbering.</source>
        <translation>%1번 줄은 참고 문헌 목록 밖의 참고 문헌 항목으로 읽힙니다. 번호를 다시 매기면 그 번호가 인용 표시처럼 바뀝니다. 번호를 다시 매기기 전에 목록을 고치십시오.</translation>
    </message>
    <message>
        <source>The marker %1 on line %2, column %3 cannot be read; fix it before renumbering.</source>
        <translation>%2번 줄 %3번 열의 인용 표시 %1을(를) 읽을 수 없습니다. 번호를 다시 매기기 전에 고치십시오.</translation>
    </message>
    <message>
        <source>Line %1 holds a marker in full-width brackets, which renumbering does not read; write it as [1] is written before renumbering.</source>
        <translation type="vanished">%1번 줄에 전각 괄호로 쓴 인용 표시가 있으며, 번호 다시 매기기는 이를 읽지 않습니다. 번호를 다시 매기기 전에 [1]처럼 쓰십시오.</translation>
    </message>
    <message>
        <source>Renumbered, the entries under “%1” would start without an address, and another header would head the reference list; the article was left unchanged. Fix the lists before renumbering.</source>
        <translation>번호를 다시 매기면 “%1” 아래 항목이 주소 없이 시작하고 다른 제목이 참고 문헌 목록의 제목이 됩니다. 글은 바꾸지 않았습니다. 번호를 다시 매기기 전에 목록을 고치십시오.</translation>
    </message>
    <message>
        <source>Renumbered, the entries under “%1” would start without an address, and the list would no longer read as the references; the article was left unchanged. Give the list a header such as “References:”.</source>
        <translation>번호를 다시 매기면 “%1” 아래 항목이 주소 없이 시작하여 목록이 더 이상 참고 문헌으로 읽히지 않습니다. 글은 바꾸지 않았습니다. 목록에 “참고 문헌:” 같은 제목을 붙이십시오.</translation>
    </message>
    <message>
        <source>Without the references never cited, the entries under “%1” would start without an address, and the list would no longer read as the references; the article was left unchanged. Renumber keeping them, or give the list a header such as “References:”.</source>
        <translation>인용되지 않은 참고 문헌을 빼면 “%1” 아래 항목이 주소 없이 시작하여 목록이 더 이상 참고 문헌으로 읽히지 않습니다. 글은 바꾸지 않았습니다. 그것들을 남긴 채 번호를 다시 매기거나, 목록에 “참고 문헌:” 같은 제목을 붙이십시오.</translation>
    </message>
    <message>
        <source>Line %1 of the reference list cites %2 in its own text, which renumbering would leave naming another source; move it to the body or write the source&apos;s name there before renumbering.</source>
        <translation>참고 문헌 목록의 %1번 줄이 자체 텍스트에서 %2을(를) 인용하며, 번호를 다시 매기면 다른 출처를 가리키게 됩니다. 번호를 다시 매기기 전에 본문으로 옮기거나 그 자리에 출처 이름을 쓰십시오.</translation>
    </message>
    <message>
        <source>Renumbered, a line between the entries would be read as part of another entry; the article was left unchanged. Fix the lines between the entries before renumbering.</source>
        <translation>번호를 다시 매기면 항목 사이의 줄이 다른 항목의 일부로 읽힙니다. 글은 바꾸지 않았습니다. 번호를 다시 매기기 전에 항목 사이의 줄을 고치십시오.</translation>
    </message>
    <message>
        <source>The comment on line %1 cites %2, which renumbering would leave naming another source; write the source&apos;s name there before renumbering.</source>
        <translation>%1번 줄의 댓글이 %2을(를) 인용하며, 번호를 다시 매기면 다른 출처를 가리키게 됩니다. 번호를 다시 매기기 전에 그 자리에 출처 이름을 쓰십시오.</translation>
    </message>
    <message>
        <source>The title in the front matter cites %1, which renumbering would leave naming another source; take it out of the title before renumbering.</source>
        <translation>머리말(front matter)의 제목이 %1을(를) 인용하며, 번호를 다시 매기면 다른 출처를 가리키게 됩니다. 번호를 다시 매기기 전에 제목에서 빼십시오.</translation>
    </message>
    <message>
        <source>Line %1 stands in a code block that no fence closes (line %2) and cites %3 there, which renumbering would leave naming another source; close the code block before renumbering.</source>
        <translation>%1번 줄은 닫히지 않은 코드 블록(%2번 줄) 안에 있고 그곳에서 %3을(를) 인용하며, 번호를 다시 매기면 다른 출처를 가리키게 됩니다. 번호를 다시 매기기 전에 코드 블록을 닫으십시오.</translation>
    </message>
    <message>
        <source>Renumbering would move sources between the lists of sources on lines %1 and %2. Join the lists under one header before renumbering.</source>
        <translation>번호를 다시 매기면 %1번 줄과 %2번 줄의 출처 목록 사이에서 출처가 옮겨집니다. 번호를 다시 매기기 전에 목록을 하나의 제목 아래로 합치십시오.</translation>
    </message>
    <message>
        <source>Line %1 reads as code indented as a block, and renumbering would change an index there as a marker&apos;s number; put the code between ``` fences before renumbering.</source>
        <translation type="vanished">%1번 줄은 들여쓴 코드 블록으로 읽히며, 번호를 다시 매기면 그 안의 인덱스가 인용 번호처럼 바뀝니다. 번호를 다시 매기기 전에 코드를 ``` 울타리 사이에 넣으십시오.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a superscript number (“%2”), which renumbering does not read; write it as [%3] before renumbering.</source>
        <translation type="vanished">%1번 줄은 위 첨자 번호(“%2”)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 번호를 다시 매기기 전에 [%3]으로 쓰십시오.</translation>
    </message>
    <message>
        <source>Line %1 of the references holds an address but reads as no entry; renumbering would leave it where it is while the entries move. Put it on its entry&apos;s line, or indent it under the entry, before renumbering.</source>
        <translation>참고 문헌의 %1번 줄에는 주소가 있지만 항목으로 읽히지 않습니다. 번호를 다시 매기면 항목이 옮겨지는 동안 이 줄은 그 자리에 남습니다. 번호를 다시 매기기 전에 항목의 줄에 넣거나 항목 아래에 들여쓰십시오.</translation>
    </message>
    <message>
        <source>Line %1 of the front matter cites %2, which renumbering would leave naming another source; take it out of the front matter before renumbering.</source>
        <translation>머리말(front matter)의 %1번 줄이 %2을(를) 인용하는데, 번호를 다시 매기면 다른 출처를 가리키게 됩니다. 번호를 다시 매기기 전에 머리말에서 빼십시오.</translation>
    </message>
    <message>
        <source>Line %1 of the references reads as no entry; renumbering would leave it where it is while the entries move, under another entry. Put it on its entry&apos;s line, indent it under the entry, or take it out before renumbering.</source>
        <translation>참고 문헌의 %1번 줄은 항목으로 읽히지 않습니다. 번호를 다시 매기면 항목이 옮겨지는 동안 이 줄은 그 자리에 남아 다른 항목 아래에 놓입니다. 번호를 다시 매기기 전에 항목의 줄에 넣거나, 항목 아래에 들여쓰거나, 빼십시오.</translation>
    </message>
    <message>
        <source>Renumbered, an entry or a line between the entries would be read as part of another entry; the article was left unchanged. Write the entries in one style, each with its address, before renumbering.</source>
        <translation>번호를 다시 매기면 항목이나 항목 사이의 줄이 다른 항목의 일부로 읽히게 되어 글을 바꾸지 않았습니다. 번호를 다시 매기기 전에 항목을 한 가지 형식으로, 각각 주소와 함께 쓰십시오.</translation>
    </message>
    <message>
        <source>Line %1 cites sources by numbers glued to a full stop (“%2”, column %3), which renumbering does not read; write them as %4 before renumbering.</source>
        <translation>%1번 줄은 마침표에 붙은 번호(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a number glued to a full stop (“%2”, column %3), which renumbering does not read; write it as %4 before renumbering.</source>
        <translation>%1번 줄은 마침표에 붙은 번호(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 cites sources by numbers in parentheses (“%2”, column %3), which renumbering does not read; write them as %4 before renumbering.</source>
        <translation>%1번 줄은 소괄호 안의 번호(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a number in parentheses (“%2”, column %3), which renumbering does not read; write it as %4 before renumbering.</source>
        <translation>%1번 줄은 소괄호 안의 번호(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 of the references reads as no entry and stands under reference %2, which is never cited: without that entry, the line would stand under another one. Put it on its entry&apos;s line, indent it under the entry, or take it out before renumbering.</source>
        <translation>참고문헌의 %1행은 항목으로 읽히지 않으며 한 번도 인용되지 않은 참고문헌 %2 아래에 있습니다. 그 항목이 없으면 이 줄은 다른 항목 아래에 놓이게 됩니다. 번호를 다시 매기기 전에 이 줄을 해당 항목의 줄로 옮기거나, 항목 아래로 들여쓰거나, 삭제하십시오.</translation>
    </message>
    <message>
        <source>The references are grouped under headings (line %1); renumbering would move sources from one group to another. Take the headings out, or number the groups by hand.</source>
        <translation>참고 문헌이 제목 아래 묶여 있습니다(%1행). 번호를 다시 매기면 출처가 한 묶음에서 다른 묶음으로 옮겨집니다. 제목을 빼거나 묶음마다 직접 번호를 매기십시오.</translation>
    </message>
    <message>
        <source>Line %1 cites sources by superscript numbers (“%2”, column %3), which renumbering does not read; write them as %4 before renumbering.</source>
        <translation>%1번 줄은 위 첨자 번호(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a superscript number (“%2”, column %3), which renumbering does not read; write it as %4 before renumbering.</source>
        <translation>%1번 줄은 위 첨자 번호(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a marker in full-width brackets (“%2”, column %3), which renumbering does not read; write it as [%4] before renumbering.</source>
        <translation>%1번 줄은 전각 괄호로 쓴 표시(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 [%4]로 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 of the references holds more than one entry; put each entry on a line of its own before renumbering.</source>
        <translation>참고 문헌의 %1번째 줄에 항목이 둘 이상 있습니다. 번호를 다시 매기기 전에 항목마다 한 줄씩 쓰세요.</translation>
    </message>
    <message>
        <source>Renumbered, the list of sources on line %1 would start without an address and no longer read as a list, and markers would cite other sources; the article was left unchanged. Start that list with an entry that has an address before renumbering.</source>
        <translation>번호를 다시 매기면 %1번 줄의 출처 목록이 주소 없는 항목으로 시작해 더 이상 목록으로 읽히지 않고, 마커가 다른 출처를 인용하게 됩니다. 기사는 바뀌지 않았습니다. 번호를 다시 매기기 전에 그 목록을 주소가 있는 항목으로 시작하십시오.</translation>
    </message>
    <message>
        <source>Line %1 cites sources in brackets with words or letters no marker holds (“%2”, column %3), which renumbering does not read; write %4 and the rest outside it before renumbering.</source>
        <translation>%1번 줄은 표시에 들어가지 않는 단어나 글자가 있는 대괄호(“%2”, %3열)로 출처들을 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰고 나머지는 그 밖에 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 cites a source in brackets with words or letters no marker holds (“%2”, column %3), which renumbering does not read; write %4 and the rest outside it before renumbering.</source>
        <translation>%1번 줄은 표시에 들어가지 않는 단어나 글자가 있는 대괄호(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰고 나머지는 그 밖에 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 reads as code indented as a block, and renumbering would change a number there as a marker&apos;s; put the code between ``` fences before renumbering.</source>
        <translation>%1번 줄은 들여쓴 코드 블록으로 읽히며, 번호를 다시 매기면 그 안의 숫자가 인용 번호처럼 바뀝니다. 번호를 다시 매기기 전에 코드를 ``` 울타리 사이에 넣으십시오.</translation>
    </message>
    <message>
        <source>Without the references never cited, an entry or the text after the list would be read as part of another entry; the article was left unchanged. Renumber keeping them, or write the entries in one style, each with its address.</source>
        <translation>한 번도 인용되지 않은 참고 문헌을 빼면 항목이나 목록 뒤의 글이 다른 항목의 일부로 읽힙니다. 글은 바뀌지 않았습니다. 그것들을 남긴 채 번호를 다시 매기거나, 항목을 한 가지 형식으로 각각 주소와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 has a plain number that names no source now (“%2”, column %3) and would name one once renumbered; write it as %4 before renumbering, or take it out.</source>
        <translation>%1번 줄의 숫자(“%2”, %3열)는 지금은 어떤 출처도 가리키지 않지만 번호를 다시 매기면 한 출처를 가리키게 됩니다. 다시 매기기 전에 %4로 쓰거나 지우세요.</translation>
    </message>
    <message>
        <source>Without the references never cited, the list under “%1” (line %2) would be left without entries; the article was left unchanged. Renumber keeping them, or take the list out.</source>
        <translation>한 번도 인용되지 않은 참고 문헌을 빼면 “%1” 아래 목록(%2번 줄)에 항목이 남지 않습니다. 글은 바뀌지 않았습니다. 그 문헌을 남긴 채 번호를 다시 매기거나 목록을 지우세요.</translation>
    </message>
    <message>
        <source>Renumbered, line %1 would read otherwise (a numbered line after the list as one more entry, or an entry as a marker), and markers would cite other sources; the article was left unchanged. Set the text after the list apart with a header of its own, or write that line otherwise, before renumbering.</source>
        <translation>번호를 다시 매기면 %1번 줄이 다르게 읽히게 되어(목록 뒤의 번호 붙은 줄이 항목 하나로, 또는 항목이 인용 표시로) 인용 표시가 다른 출처를 가리키므로 글을 바꾸지 않았습니다. 번호를 다시 매기기 전에 목록 뒤의 글을 별도의 제목으로 구분하거나 그 줄을 다르게 쓰십시오.</translation>
    </message>
    <message>
        <source>Line %1 cites sources by numbers glued to a comma (“%2”, column %3), which renumbering does not read; write them as %4 before renumbering.</source>
        <translation>%1번 줄은 쉼표에 붙은 번호(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1 cites a source by a number glued to a comma (“%2”, column %3), which renumbering does not read; write it as %4 before renumbering.</source>
        <translation>%1번 줄은 쉼표에 붙은 번호(“%2”, %3열)로 출처를 인용하는데, 번호 다시 매기기는 이를 읽지 않습니다. 다시 매기기 전에 %4로 쓰세요.</translation>
    </message>
    <message>
        <source>Reference number %1 is used on line %2 and on line %3, for the same address; take one of the two out before renumbering.</source>
        <translation type="vanished">참고문헌 번호 %1이(가) %2번 줄과 %3번 줄에서 같은 주소로 쓰이고 있습니다. 번호를 다시 매기기 전에 둘 중 하나를 지우세요.</translation>
    </message>
</context>
<context>
    <name>Citewise::StatusCounts</name>
    <message>
        <source>Paragraph count</source>
        <translation>문단 수</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>단어 수</translation>
    </message>
    <message>
        <source>Citation count</source>
        <translation>인용 수</translation>
    </message>
    <message>
        <source>Reference count</source>
        <translation>참고문헌 수</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>문제 수</translation>
    </message>
    <message>
        <source>Show the list of problems</source>
        <translation>문제 목록 보기</translation>
    </message>
    <message>
        <source>Paragraphs: %1</source>
        <translation>문단: %1</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>단어: %1</translation>
    </message>
    <message>
        <source>Citations: %1</source>
        <translation>인용: %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>참고문헌: %1</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>문제: %1</translation>
    </message>
</context>
<context>
    <name>Citewise::UrlConfirmDialog</name>
    <message>
        <source>This is not a complete web address. Opening it may do something other than show a web page.</source>
        <translation>완전한 웹 주소가 아닙니다. 열면 웹 페이지를 보여 주는 것과 다른 일이 일어날 수 있습니다.</translation>
    </message>
    <message>
        <source>This link does not lead to a web page: it uses &quot;%1:&quot;, which may run a program, open a local file or trigger an action.</source>
        <translation>이 링크는 웹 페이지로 연결되지 않습니다. &quot;%1:&quot;을(를) 사용하므로 프로그램을 실행하거나, 로컬 파일을 열거나, 어떤 동작을 일으킬 수 있습니다.</translation>
    </message>
    <message>
        <source>This link contains invisible or direction-changing characters (shown as &lt;U+…&gt;) that can disguise where it leads.</source>
        <translation>이 링크에는 연결 대상을 숨길 수 있는 보이지 않거나 방향을 바꾸는 문자(&lt;U+…&gt;로 표시)가 있습니다.</translation>
    </message>
    <message>
        <source>This link contains a user name before the host; the site it opens is the host shown above, not the name in front of the &quot;@&quot;.</source>
        <translation>이 링크에는 호스트 앞에 사용자 이름이 있습니다. 열리는 사이트는 &quot;@&quot; 앞의 이름이 아니라 위에 표시된 호스트입니다.</translation>
    </message>
    <message>
        <source>The host uses non-Latin or accented letters and may imitate another site. Its real name is shown above.</source>
        <translation>호스트에 라틴 문자가 아니거나 악센트가 있는 글자가 있어 다른 사이트를 흉내 낼 수 있습니다. 실제 이름은 위에 표시됩니다.</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>링크를 열까요?</translation>
    </message>
    <message>
        <source>Confirm opening a link</source>
        <translation>링크 열기 확인</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open this link?&lt;/b&gt;</source>
        <translation>&lt;b&gt;이 링크를 여시겠습니까?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>전체 주소</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
</TS>
