//! Every user-facing string of the trainer's page, in every language: the course set-up,
//! the QR view and the class overview. Apart from [`super::Ui`] so that the participants'
//! page, which never shows them, does not carry them. One [`TrainerUi`] per language, as
//! there: a missing translation does not compile. Pure: no browser code.

use crate::course::CourseIdProblem;
use crate::domain::Lang;

pub struct TrainerUi {
    /// The page's title (tab and heading bar).
    pub page_title: &'static str,
    /// Shown when JavaScript is off.
    pub noscript_note: &'static str,
    pub nav_label: &'static str,
    pub nav_setup: &'static str,
    pub nav_class: &'static str,
    /// The LMS guide (`#/guide`): Moodle's settings and the way from its report to the
    /// class overview, on the site rather than only in the release's docs.
    pub nav_guide: &'static str,
    pub guide_heading: &'static str,
    pub guide_lead: &'static str,
    pub guide: &'static [GuideSection],
    pub guide_more: &'static str,
    /// The link back to the participants' tool.
    pub open_tool: &'static str,

    // Course set-up
    pub setup_heading: &'static str,
    pub setup_lead: &'static str,
    pub kept_here: &'static str,
    pub course_id_label: &'static str,
    pub course_id_hint: fn(max: usize) -> String,
    pub course_id_problem: fn(&CourseIdProblem, max: usize) -> String,
    pub lang_label: &'static str,
    pub start_label: &'static str,
    /// The names of the screens a link may open on, in the order of `course::STARTS`.
    pub start_names: [&'static str; 4],
    pub compact_label: &'static str,
    pub compact_hint: &'static str,
    pub waiting_for_id: &'static str,
    pub outputs_heading: &'static str,
    pub link_heading: &'static str,
    pub link_hint: &'static str,
    pub link_copy: &'static str,
    pub open_link: &'static str,
    pub qr_heading: &'static str,
    pub qr_hint: &'static str,
    /// The QR code's accessible name: what it leads to.
    pub qr_label: fn(link: &str) -> String,
    pub qr_show: &'static str,
    pub qr_back: &'static str,
    pub qr_scan: &'static str,
    /// What participants do, beside the large QR code.
    pub qr_steps: [&'static str; 3],
    pub iframe_heading: &'static str,
    pub iframe_hint: &'static str,
    pub iframe_label: &'static str,
    pub element_heading: &'static str,
    pub element_hint: &'static str,
    pub element_label: &'static str,
    pub snippet_copy: &'static str,
    pub more_in_guide: &'static str,
    /// The SCORM package for an LMS, offered under the set-up.
    pub scorm_heading: &'static str,
    pub scorm_lead: &'static str,
    pub scorm_download: &'static str,
    pub scorm_hint: &'static str,

    // Class overview
    pub class_codes_add: &'static str,
    pub class_clear: &'static str,
    pub class_clear_question: &'static str,
    pub class_clear_yes: &'static str,
    /// The class is kept on this device (the date it was last saved).
    pub class_kept: fn(date: &str) -> String,
    pub class_not_kept: &'static str,
    pub class_instructions_label: &'static str,
    pub class_instructions: fn(tool_url: &str) -> String,
    pub class_instructions_copy: &'static str,
    pub class_heading: &'static str,
    pub class_lead: &'static str,
    pub class_choose: &'static str,
    pub class_drop: &'static str,
    pub class_reading: &'static str,
    pub class_counts: fn(read: usize, files: usize, assessments: usize) -> String,
    pub class_duplicates: fn(count: usize) -> String,
    pub class_skipped_heading: &'static str,
    pub class_duplicates_heading: &'static str,
    /// The same check in two files: which file's version was counted.
    pub class_duplicate_pair: fn(counted: &str, not_counted: &str) -> String,
    /// After a duplicate pair whose answers differ.
    pub class_answers_differ: &'static str,
    /// How many duplicates had different answers.
    pub class_conflicts: fn(count: usize) -> String,
    /// Codes that did not read, each followed by a readable code of the same check.
    pub class_corrected: fn(count: usize) -> String,
    /// Below a list cut at its first entries: how many more there are.
    pub class_more: fn(count: usize) -> String,
    pub class_sections_heading: &'static str,
    /// The report's line for the organiser: the course (if set up), the day, how many
    /// checks were counted, and the class's overall figure.
    pub class_meta: fn(course: &str, date: &str, checks: usize, overall: &str) -> String,
    /// The overall row's name (the sections' table, the CSV).
    pub class_overall: &'static str,
    /// The CSV's first rows: course, date, checks counted.
    pub class_csv_course: &'static str,
    pub class_csv_date: &'static str,
    pub class_csv_checks: &'static str,
    /// The items most answered 「わからない」, and what the room can do about them.
    pub class_unknown_heading: &'static str,
    pub class_unknown_prompt: &'static str,
    /// The items most answered 「未対応」, and what the room can do about them.
    pub class_not_done_heading: &'static str,
    pub class_not_done_prompt: &'static str,
    /// How many of the class gave that answer.
    pub class_count_of: fn(count: usize, of: usize) -> String,
    /// When no check gave that answer.
    pub class_most_none: &'static str,
    pub class_distribution_heading: &'static str,
    pub class_distribution_caption: &'static str,
    pub class_export_json: &'static str,
    pub class_export_csv: &'static str,
    pub class_projector: &'static str,
    pub class_anonymous: &'static str,
}

/// The trainer page's strings for `lang`.
/// One part of the trainer page's LMS guide: a heading, a paragraph and, where the part is
/// a procedure, its steps in order.
pub struct GuideSection {
    pub heading: &'static str,
    pub lead: &'static str,
    pub steps: &'static [&'static str],
}

pub fn trainer_ui(lang: Lang) -> &'static TrainerUi {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

pub static JA: TrainerUi = TrainerUi {
    page_title: "研修で使う方へ｜クラウドサービス安全利用 セルフチェック",
    noscript_note: "研修で使う方へのページ（コースの準備と研修の集計）を使うには、JavaScriptを有効にしてください。",
    nav_label: "研修で使う方へ",
    nav_setup: "コースの準備",
    nav_class: "研修の集計",
    nav_guide: "LMSで使う",
    guide_heading: "LMS（Moodleなど）で使う",
    guide_lead: "このツールは、SCORM 1.2のパッケージ（zip）として、Moodleなど多くのLMSの活動にできます。参加者の結果はそのコースのLMSにだけ記録され、ほかにはどこにも送られません。Moodleの画面の言葉は版や言語パックによって違うことがあるため、設定の名前には英語の画面の名前を添えています。",
    guide: &[
        GuideSection {
            heading: "1. パッケージを用意する",
            lead: "「コースの準備」の「SCORMパッケージ（zip）をダウンロード」で保存します。どのコースでも同じファイルです（記録はLMSが活動ごとに分けます）。",
            steps: &[],
        },
        GuideSection {
            heading: "2. Moodleに登録する（4.x）",
            lead: "ほかのLMSにも、同じ設定が別の名前であります。",
            steps: &[
                "コースで「活動またはリソースを追加する」→「SCORMパッケージ」（SCORM package）を選び、zipを「パッケージファイル」（Package file）にアップロードします。",
                "表示（Appearance）：「パッケージを表示する」（Display package）は「現在のウィンドウ」（Current window：コースのページの中）か「新しいウィンドウ」（New window：スマートフォンで全画面）。どちらでも動きます。",
                "評点（Grade）：評定方法（Grading method）は「最高評点」（Highest grade）、最大評点（Maximum grade）は100。評点はチェック全体の割合です。15項目すべてに答えたときだけ記録されます。",
                "受験管理（Attempts management）：受験回数は無制限、受験の評定（Attempts grading）は「最終受験」（Last attempt）か「最高受験」（Highest attempt）、新しい受験の強制（Force new attempt）は「いいえ」（No）、強制完了（Force completed）は「いいえ」（No）。戻ってきた参加者は、別の端末からでも同じチェックを続けられます。",
                "活動完了（Activity completion）：ステータスを必須にする（Require status）で「完了」（Completed）だけにチェックを入れます。「合格」（Passed）も入れると、セルフチェックには合格点がないため、活動がいつまでも完了しません。",
            ],
        },
        GuideSection {
            heading: "3. コースに届くもの",
            lead: "15項目すべてに答えるまでは「未完了」（incomplete）だけ。すべて答えると「完了」（completed）と全体の割合（0〜100）、項目ごとの回答（インタラクション）と結果コードが届きます。そのあと答えを変えると、変わった項目と新しい割合だけが届きます。サービス名とメモは、SCORM 1.2の上限（4,096文字）に収まるときだけ、続きの記録（suspend_data）に入ります。",
            steps: &[],
        },
        GuideSection {
            heading: "4. クラスの回答を集計する",
            lead: "評定表（gradebook）には各自の割合が出ます。どの項目が弱いかを見るには：",
            steps: &[
                "Moodleで活動を開き、「レポート」（Reports）→「インタラクションレポート」（Interactions report）を開きます。",
                "表をダウンロードする（テキストや表計算ソフトの形式）か、ページの表を選んでコピーします。",
                "このページの「研修の集計」で、ダウンロードしたファイルを選ぶか、コピーした文章を貼り付けます。結果コードを見つけ、同じチェックは1件として（答えを直したときは新しいほうで）数えます。",
            ],
        },
        GuideSection {
            heading: "5. 完了したあとで答えを直すとき",
            lead: "Moodleは完了した受験を「レビューモード」で開き、そのあいだの変更は記録しません（変更は参加者の端末にだけ残ります）。直した結果を記録するには、参加者が活動の入口で「新しい受験を開始する」（Start a new attempt）にチェックを入れるか、新しい受験の強制（Force new attempt）を「前の受験が完了したとき」にします。新しい受験は参加者の端末の記録から始まるので、何も失われません。",
            steps: &[],
        },
    ],
    guide_more: "くわしい仕様（届く値の一覧、試したLMS）は、配布物のdocs/trainers.mdにあります。",
    open_tool: "参加者の画面を開く",
    setup_heading: "研修で使う方へ：コースの準備",
    setup_lead: "コースIDを決めると、参加者に配るリンクとQRコード、研修ページに貼る埋め込みコードができます。参加者の回答は、このコースIDごとに分けて各自の端末に保存され、参加者が自分で使っているチェックとは混ざりません。",
    kept_here: "ここで決めた設定は、この端末のブラウザーにだけ保存されます。どこにも送信しません。",
    course_id_label: "コースID",
    course_id_hint: |max| format!("英小文字・数字・ハイフン（-）・下線（_）で{max}文字まで。例：2026-spring-a"),
    course_id_problem: |p, max| match p {
        CourseIdProblem::Empty => "コースIDを入れてください。IDがないと、参加者が自分で使っているチェックと同じ場所に保存されてしまいます。".to_owned(),
        CourseIdProblem::TooLong { chars } => format!("コースIDは{max}文字までです（いま{chars}文字）。"),
        CourseIdProblem::BadChars { chars, suggestion } => {
            let named: String = chars.iter().map(|c| if *c == ' ' { "「空白」".to_owned() } else { format!("「{c}」") }).collect();
            let hint = suggestion.as_ref().map_or(String::new(), |s| format!("「{s}」ではどうでしょう。"));
            format!("{named}は使えません。使えるのは英小文字・数字・ハイフン（-）・下線（_）です。{hint}")
        }
    },
    lang_label: "参加者の画面の言語",
    start_label: "最初に開く画面",
    start_names: ["はじめの画面", "チェック項目の一覧", "結果とアクションプラン", "チェックの一覧"],
    compact_label: "埋め込むときはタイトルとフッターを省く",
    compact_hint: "研修ページの中で表示するときの見た目です。参加者用リンクには影響しません。",
    waiting_for_id: "正しいコースIDを入れると、リンクとQRコード、埋め込みコードが表示されます。",
    outputs_heading: "参加者に配る・研修ページに貼る",
    link_heading: "参加者用リンク",
    link_hint: "研修の案内やチャットで配ります。開くと、このコースのはじめの画面が表示されます。",
    link_copy: "リンクをコピー",
    open_link: "このリンクを新しいタブで開く",
    qr_heading: "参加者用リンクのQRコード",
    qr_hint: "スライドに映すか印刷して、参加者がスマートフォンのカメラで読み取ります。",
    qr_label: |link| format!("参加者用リンクのQRコード：{link}"),
    qr_show: "大きく表示・印刷する",
    qr_back: "コースの準備に戻る",
    qr_scan: "スマートフォンのカメラで読み取ってください",
    qr_steps: ["読み取ったリンクを開く", "15項目に答える（10分ほど）", "結果の画面のいちばん上の結果コードを講師に送る"],
    iframe_heading: "研修ページに埋め込む（iframe）",
    iframe_hint: "研修ページのHTMLに貼り付けます。ツールの高さに合わせて枠が伸び縮みします。",
    iframe_label: "iframeのコード",
    element_heading: "研修ページに埋め込む（iframeが使えないとき）",
    element_hint: "スクリプトは使えるがiframeは使えないページ向けです。研修ページとツールが別のサイトにあるときは、ツールのサイトがCORSを許可していないと動きません。その場合は上のiframeを使ってください。読み込めなかったときは、埋め込みの場所にツールへのリンクが表示されます。",
    element_label: "要素とembed.jsのコード",
    snippet_copy: "コードをコピー",
    more_in_guide: "LMSへの登録は「LMSで使う」に、組織のサイトに置く方法は配布物の案内（docs/hosting.md）にあります。",
    scorm_heading: "LMSに登録する（SCORMパッケージ）",
    scorm_lead: "MoodleなどのLMSに「SCORMパッケージ」の活動として登録するzipファイルです。参加者ごとの全体の得点、15項目すべてに答えたかどうか、各項目の回答が、そのコースの評定表と報告に記録されます。ほかのどこにも送られません。",
    scorm_download: "SCORMパッケージ（zip）をダウンロード",
    scorm_hint: "Moodleでの設定（「強制完了」は「いいえ」、完了条件は「完了」だけ、など）と、報告から参加者の回答をこのページの集計に取り込む手順は、このページの「LMSで使う」にあります。",
    class_codes_add: "コードを集計に加える",
    class_clear: "集計を消してやり直す",
    class_clear_question: "この集計を消しますか？ この端末に保存した集計も消えます。元には戻せません（必要なら先に書き出してください）。",
    class_clear_yes: "集計を消す",
    class_kept: |date| format!("この集計はこの端末に保存しています（{date}）。再読み込みしても残ります。読み込めなかったものと重複の一覧は、再読み込みの後は件数だけになります。"),
    class_not_kept: "この集計をこの端末に保存できませんでした（保存領域がいっぱいか、使えません）。ページを閉じると消えるので、書き出しておいてください。",
    class_instructions_label: "参加者への案内文（研修ページやチャットに貼り付け）",
    class_instructions: |url| format!("クラウドサービス安全利用セルフチェックの結果を共有してください。\n1. {url} を開き、15項目に回答します。\n2. 結果の画面のいちばん上、「講師に結果を送る」で「コードをコピー」を押します。\n3. コピーしたコード（CCHK1-で始まる文字列）を、ここに貼り付けてください。\n送られるのは回答だけです。サービス名とメモは、チェックを入れたときだけ含まれます。"),
    class_instructions_copy: "案内文をコピー",
    class_heading: "研修の集計",
    class_lead: "参加者が書き出したJSONファイルや、LMSの報告（インタラクションのレポート）をテキスト・CSVで書き出したファイルをまとめて選ぶか、参加者から届いた結果コードを貼り付けると、クラス全体でどの項目が弱いかを集計します。ファイルもコードもこの端末の中で読むだけで、どこにも送信しません。集計（回答だけで、名前やメモは含みません）は、消すまでこの端末にコースごとに保存します。",
    class_choose: "ファイルを選ぶ（複数可）",
    class_drop: "ここに複数のファイルをドロップすることもできます",
    class_reading: "読み込み中…",
    class_counts: |read, files, n| format!("{files}件のファイル・コードのうち{read}件を読み込み、{n}件のチェックを集計しました。"),
    class_duplicates: |n| format!("同じチェックが2回以上届いたものが{n}件あり、それぞれ新しい方だけを数えました。"),
    class_skipped_heading: "読み込めなかったファイル・コード",
    class_duplicates_heading: "2回以上届いた同じチェック",
    class_duplicate_pair: |counted, not| format!("{counted}と{not}：1件として、{counted}の内容（有効な更新日時が新しい方。同じなら後から加えた方）を数えました。"),
    class_answers_differ: "回答が異なります（本人の訂正か、別の人のコードが同じIDを持っているか、参加者に確認してください）。",
    class_conflicts: |n| format!("そのうち{n}件は回答が異なっていました（下の「2回以上届いた同じチェック」を確認してください）。"),
    class_corrected: |n| format!("読み込めなかったコードのうち{n}件は、同じチェックの読めるコードが後から届いたため、そちらを数えました。"),
    class_more: |n| format!("ほか{n}件（一覧には最初の{}件だけを表示しています）。", crate::domain::class::MAX_LISTED),
    class_sections_heading: "セクションごとの平均",
    class_meta: |course, date, n, overall| {
        let course = if course.is_empty() { String::new() } else { format!("コース：{course}　") };
        format!("{course}集計日：{date}　参加者のチェック：{n}件　全体：{overall}")
    },
    class_overall: "全体",
    class_csv_course: "コース",
    class_csv_date: "集計日",
    class_csv_checks: "集計したチェック",
    class_unknown_heading: "「わからない」が多い項目",
    class_unknown_prompt: "どこを見れば確かめられるか（契約書・管理画面・事業者の資料）と、事業者に何を聞くかを話し合いましょう。項目の解説と、ツールの「事業者への問い合わせ文」が使えます。",
    class_not_done_heading: "「未対応」が多い項目",
    class_not_done_prompt: "まず何をするか、誰がいつまでにするかを話し合いましょう。項目の解説に、今週できることがあります。",
    class_count_of: |count, of| format!("{of}人中{count}人"),
    class_most_none: "この回答をした人はいません。",
    class_distribution_heading: "項目ごとの回答の分布",
    class_distribution_caption: "項目ごとの回答数",
    class_export_json: "集計をJSONで書き出す",
    class_export_csv: "集計をCSVで書き出す",
    class_projector: "大きな文字で表示（プロジェクター用）",
    class_anonymous: "集計は匿名です。参加者やサービスの名前は表示しません。",
};

pub static EN: TrainerUi = TrainerUi {
    page_title: "For trainers | Cloud service safety self-check",
    noscript_note: "The trainer's page (course set-up and class overview) needs JavaScript.",
    nav_label: "For trainers",
    nav_setup: "Set up a course",
    nav_class: "Class overview",
    nav_guide: "In an LMS",
    guide_heading: "Using the tool in an LMS (Moodle and others)",
    guide_lead: "The tool comes as a SCORM 1.2 package (a zip) that Moodle and many other LMSs take as an activity. Participants' results are recorded in that course's LMS only, and sent nowhere else. Moodle's labels differ between versions and language packs; the English ones are given.",
    guide: &[
        GuideSection {
            heading: "1. Get the package",
            lead: "Under Set up a course, use Download the SCORM package (zip). It is the same file for every course (the LMS keeps each activity's records apart).",
            steps: &[],
        },
        GuideSection {
            heading: "2. Add it to Moodle (4.x)",
            lead: "Other LMSs have the same settings under other names.",
            steps: &[
                "In the course, Add an activity or resource → SCORM package; upload the zip as the Package file.",
                "Appearance: Display package Current window (inside the course page) or New window (full screen on a phone); both work.",
                "Grade: Grading method Highest grade, Maximum grade 100. The grade is the check's overall percentage, recorded only once all 15 items are answered.",
                "Attempts management: Number of attempts unlimited, Attempts grading Last attempt (or Highest attempt), Force new attempt No, Force completed No. A participant who comes back, on another device too, continues the same check.",
                "Activity completion: Require status, tick Completed only. With Passed ticked as well the activity never completes: a self-check has no pass mark.",
            ],
        },
        GuideSection {
            heading: "3. What the course gets",
            lead: "Until all 15 items are answered, incomplete only. Then completed with the overall percentage (0-100), each item's answer (as interactions) and the result code; after that, only an answer that changes and the new percentage. The service name and memos go into the resume record (suspend_data) only while they fit SCORM 1.2's 4,096 characters.",
            steps: &[],
        },
        GuideSection {
            heading: "4. Gather the class's answers",
            lead: "The gradebook shows each percentage. To see what the class is weak on:",
            steps: &[
                "In Moodle, open the activity → Reports → Interactions report.",
                "Download it (as text or for a spreadsheet), or select the table on the page and copy it.",
                "On this page's Class overview, choose the downloaded file or paste the copied text. It finds the result codes and counts each check once (after a corrected answer, the later code).",
            ],
        },
        GuideSection {
            heading: "5. Changing answers after completing",
            lead: "Moodle reopens a completed attempt in review mode and records nothing from it (changes stay on the participant's device). To record a corrected check, the participant ticks Start a new attempt on the activity's entry page, or you set Force new attempt to When previous attempt completed, passed or failed. A new attempt starts from the participant's device copy: nothing is lost.",
            steps: &[],
        },
    ],
    guide_more: "The full details (every value sent, the LMSs tried) are in docs/trainers.md in the release.",
    open_tool: "Open the participants' tool",
    setup_heading: "For trainers: set up a course",
    setup_lead: "Choose a course ID to get the link and QR code for participants and the code to embed the tool in a course page. Participants' answers are kept on their own devices under this course ID, apart from any checks they make for themselves.",
    kept_here: "What you set here is kept in this browser only. Nothing is sent anywhere.",
    course_id_label: "Course ID",
    course_id_hint: |max| format!("Lower-case letters, digits, hyphens (-) and underscores (_), up to {max} characters. Example: 2026-spring-a"),
    course_id_problem: |p, max| match p {
        CourseIdProblem::Empty => "Enter a course ID. Without one, participants' answers would be kept with the checks they make for themselves.".to_owned(),
        CourseIdProblem::TooLong { chars } => format!("A course ID has at most {max} characters (this one has {chars})."),
        CourseIdProblem::BadChars { chars, suggestion } => {
            let named: Vec<String> = chars.iter().map(|c| if *c == ' ' { "a space".to_owned() } else { format!("“{c}”") }).collect();
            let hint = suggestion.as_ref().map_or(String::new(), |s| format!(" How about “{s}”?"));
            format!("{} cannot be used. Use lower-case letters, digits, hyphens (-) and underscores (_).{hint}", named.join(", "))
        }
    },
    lang_label: "Language of the participants' tool",
    start_label: "Screen to open with",
    start_names: ["Start screen", "All checklist items", "Results and action plan", "My checks"],
    compact_label: "Leave out the title bar and footer when embedded",
    compact_hint: "How the tool looks inside a course page. The participant link is not affected.",
    waiting_for_id: "Enter a valid course ID to see the link, the QR code and the code to embed.",
    outputs_heading: "To give participants, and to paste into a course page",
    link_heading: "Participant link",
    link_hint: "Share it in the course announcement or chat. It opens this course's start screen.",
    link_copy: "Copy the link",
    open_link: "Open this link in a new tab",
    qr_heading: "QR code of the participant link",
    qr_hint: "Show it on a slide or print it; participants scan it with their phone's camera.",
    qr_label: |link| format!("QR code of the participant link: {link}"),
    qr_show: "Show large or print",
    qr_back: "Back to the course set-up",
    qr_scan: "Scan with your phone's camera",
    qr_steps: ["Open the link", "Answer the 15 items (about 10 minutes)", "Send the result code at the top of the results to your trainer"],
    iframe_heading: "Embed in a course page (iframe)",
    iframe_hint: "Paste into the course page's HTML. The frame grows and shrinks with the tool.",
    iframe_label: "Code with an iframe",
    element_heading: "Embed in a course page (without an iframe)",
    element_hint: "For pages that allow scripts but not frames. If the course page and the tool are on different sites, this works only if the tool's site allows it (CORS); if not, use the iframe above. Where the tool cannot be loaded, the place shows a link to it instead.",
    element_label: "Code with an element and embed.js",
    snippet_copy: "Copy the code",
    more_in_guide: "How to add the tool to an LMS is under In an LMS; how to host it on your organisation's site is in the guide that comes with it (docs/hosting.md).",
    scorm_heading: "Add it to an LMS (SCORM package)",
    scorm_lead: "A zip file to add to Moodle or another LMS as a SCORM package activity. Each participant's overall score, whether all 15 items are answered, and each item's answer are recorded in that course's gradebook and reports, and sent nowhere else.",
    scorm_download: "Download the SCORM package (zip)",
    scorm_hint: "Moodle's settings (Force completed: No; completion: Completed only, and so on) and how to bring the participants' answers from the LMS's report into this page's class overview are under In an LMS on this page.",
    class_codes_add: "Add the codes to the summary",
    class_clear: "Clear the summary and start again",
    class_clear_question: "Clear this summary? It is also removed from this device. This cannot be undone (export it first if you need it).",
    class_clear_yes: "Clear the summary",
    class_kept: |date| format!("This summary is kept on this device ({date}) and stays after a reload. The lists of what could not be read and of duplicates come back as counts only after a reload."),
    class_not_kept: "This summary could not be kept on this device (storage is full or unavailable); it is gone when the page closes, so export it.",
    class_instructions_label: "Instructions for participants (paste into the course page or chat)",
    class_instructions: |url| format!("Please share your result of the cloud service safety self-check.\n1. Open {url} and answer the 15 items.\n2. At the top of the results, under “Send your result to your trainer”, press “Copy the code”.\n3. Paste the code (it starts with CCHK1-) here.\nOnly your answers are sent. The service name and memos are included only if you tick them."),
    class_instructions_copy: "Copy the instructions",
    class_heading: "Class overview",
    class_lead: "Choose the JSON files your participants exported, or your LMS's interactions report downloaded as text or CSV, all at once, or paste the result codes they sent, to see where the class is weakest. Files and codes are only read on this device: nothing is sent anywhere. The summary (answers only, no names or memos) is kept on this device, per course, until you clear it.",
    class_choose: "Choose files (several at once)",
    class_drop: "or drop several files here",
    class_reading: "Reading…",
    class_counts: |read, files, n| format!(
        "Read {read} of {}; {} counted.",
        if files == 1 { "1 file or code".to_owned() } else { format!("{files} files and codes") },
        if n == 1 { "1 check".to_owned() } else { format!("{n} checks") }
    ),
    class_duplicates: |n| if n == 1 {
        "1 check came more than once; only its newer copy was counted.".to_owned()
    } else {
        format!("{n} checks came more than once; only the newer copy of each was counted.")
    },
    class_skipped_heading: "Files and codes that could not be read",
    class_duplicates_heading: "The same check sent more than once",
    class_duplicate_pair: |counted, not| format!("{counted} and {not}: counted once, from {counted} (the version with the later valid time; at the same time, the one added later)."),
    class_answers_differ: "The answers differ (a participant's correction, or another person's code carrying the same ID: check with the participants).",
    class_conflicts: |n| if n == 1 {
        "1 of them had different answers (see “The same check sent more than once” below).".to_owned()
    } else {
        format!("{n} of them had different answers (see “The same check sent more than once” below).")
    },
    class_corrected: |n| if n == 1 {
        "1 code that could not be read was followed by a readable code of the same check, which was counted.".to_owned()
    } else {
        format!("{n} codes that could not be read were each followed by a readable code of the same check, which was counted.")
    },
    class_more: |n| format!("And {n} more (the list shows the first {}).", crate::domain::class::MAX_LISTED),
    class_sections_heading: "Average by section",
    class_meta: |course, date, n, overall| {
        let course = if course.is_empty() { String::new() } else { format!("Course: {course}   ") };
        let checks = if n == 1 { "1 check".to_owned() } else { format!("{n} checks") };
        format!("{course}Counted on {date}   Participants: {checks}   Overall: {overall}")
    },
    class_overall: "Overall",
    class_csv_course: "Course",
    class_csv_date: "Counted on",
    class_csv_checks: "Checks counted",
    class_unknown_heading: "Items most answered “Don't know”",
    class_unknown_prompt: "Discuss where to look to find out (the contract, the admin screen, the provider's documents) and what to ask the provider. The item's explanation and the tool's “Letter to the provider” help.",
    class_not_done_heading: "Items most answered “Not yet”",
    class_not_done_prompt: "Discuss what to do first, and who does it by when. The item's explanation has what can be done this week.",
    class_count_of: |count, of| format!("{count} of {of}"),
    class_most_none: "Nobody gave this answer.",
    class_distribution_heading: "Answers per item",
    class_distribution_caption: "Number of each answer per item",
    class_export_json: "Export summary as JSON",
    class_export_csv: "Export summary as CSV",
    class_projector: "Large text (for a projector)",
    class_anonymous: "The overview is anonymous: no participant or service names are shown.",
};
