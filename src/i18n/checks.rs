//! The words of "My checks" in every language: the list of checks, import and export, the
//! comparison, the data kept on this device, and the result code read back in. One
//! [`ChecksUi`] per language, as [`super::Ui`]: a missing translation does not compile. Pure.
//!
//! Apart from [`super::Ui`] because only the screens after the answers use them: they are
//! in a part of the wasm fetched after the first screen (`crate::ui::parts`), not in the
//! first load.

use super::count_en;
use crate::domain::Lang;

pub struct ChecksUi {
    pub code_label: &'static str,
    pub code_check: &'static str,
    pub assessments_lead: &'static str,
    pub new_assessment: &'static str,
    pub current_marker: &'static str,
    pub created_on: fn(date: &str) -> String,
    pub updated_on: fn(date: &str) -> String,
    pub open: &'static str,
    pub rename: &'static str,
    pub save_name: &'static str,
    pub copy_name: fn(name: &str) -> String,
    pub delete: &'static str,
    pub confirm_delete: fn(name: &str) -> String,
    pub confirm_delete_yes: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub export_all_csv: &'static str,
    pub export_heading: &'static str,
    pub export_lead: &'static str,
    pub import_heading: &'static str,
    pub import_lead: &'static str,
    pub choose_file: &'static str,
    pub drop_here: &'static str,
    pub preview_heading: fn(file: &str) -> String,
    pub preview_meta: fn(count: usize, exported_at: &str) -> String,
    pub import_as_new: &'static str,
    pub replace_label: &'static str,
    pub confirm_replace: fn(name: &str) -> String,
    pub confirm_replace_yes: &'static str,
    pub compare: &'static str,
    pub compare_lead: &'static str,
    pub compare_first: &'static str,
    pub compare_second: &'static str,
    pub compare_need_two: &'static str,
    pub differs: &'static str,
    pub differences: fn(count: usize) -> String,
    pub data_heading: &'static str,
    pub save_key_as_file: &'static str,
    pub save_key_as_file_label: fn(key: &str) -> String,
    pub data_lead: &'static str,
    pub confirm_delete_all: &'static str,
    pub confirm_delete_all_yes: &'static str,
    /// How many keys of this tool other storage areas hold (removed by "delete all" too).
    pub other_areas: fn(count: usize) -> String,
    /// Inside an LMS: what "delete all" cannot reach.
    pub confirm_delete_all_lms: &'static str,
    /// Inside a frame: the word to type before "delete all" acts, and the field's label.
    pub typed_confirm_word: &'static str,
    pub typed_confirm_label: &'static str,
}

/// The words of "My checks" in `lang` (fetched English: see [`super::ui`]).
pub fn checks_ui(lang: Lang) -> &'static ChecksUi {
    match lang {
        Lang::Ja => &JA,
        #[cfg(not(feature = "english-on-demand"))]
        Lang::En => &EN,
        #[cfg(feature = "english-on-demand")]
        Lang::En => {
            static MADE: std::sync::OnceLock<ChecksUi> = std::sync::OnceLock::new();
            super::fetched_english(&MADE, 2, english_checksui).unwrap_or(&JA)
        }
    }
}

#[cfg(feature = "english-on-demand")]
include!(concat!(env!("OUT_DIR"), "/english_checksui.rs"));

static JA: ChecksUi = ChecksUi {
    code_label: "結果コード",
    code_check: "コードを確認する",
    assessments_lead: "クラウドサービスごとに、別々にチェックできます。来年の見直しには「複製」が便利です。回答はこの端末のブラウザに保存され、外部には送信されません。",
    new_assessment: "新しいチェックを始める",
    current_marker: "開いているチェック",
    created_on: |d| format!("作成：{d}"),
    updated_on: |d| format!("更新：{d}"),
    open: "開く",
    rename: "名前を変える",
    save_name: "保存",
    copy_name: |name| format!("{name}（コピー）"),
    delete: "削除",
    confirm_delete: |name| format!("「{name}」を削除しますか？（直後なら元に戻せます）"),
    confirm_delete_yes: "削除する",
    export_json: "JSONで書き出す",
    export_csv: "CSVで書き出す",
    export_all_csv: "すべてをCSVで書き出す",
    export_heading: "書き出し",
    export_lead: "JSONはこのツールに取り込み直せる形式、CSVは表計算ソフトで開ける形式です。ファイルはこの端末に保存されます。",
    import_heading: "取り込み",
    import_lead: "このツールで書き出したJSONファイルを取り込みます。内容を確かめてから取り込むので、今のデータが勝手に変わることはありません。",
    choose_file: "ファイルを選ぶ",
    drop_here: "ここにファイルをドロップすることもできます",
    preview_heading: |file| format!("取り込む前の確認：{file}"),
    preview_meta: |count, at| format!("{count}件のチェック（書き出し：{at}）"),
    import_as_new: "新しいチェックとして取り込む",
    replace_label: "置き換えるチェック",
    confirm_replace: |name| format!("「{name}」の回答とメモを、ファイルの内容で置き換えますか？ 元には戻せません。"),
    confirm_replace_yes: "置き換える",
    compare: "2つを比べる",
    compare_lead: "2つのサービス、または去年と今年のチェックを並べて比べます。回答が違う項目に「違いあり」と表示します。",
    compare_first: "1つ目",
    compare_second: "2つ目",
    compare_need_two: "比べるには、チェックが2つ以上必要です。「複製」か「新しいチェックを始める」で作れます。",
    differs: "違いあり",
    differences: |n| format!("回答が違う項目：{n}件"),
    data_heading: "この端末に保存しているデータ",
    save_key_as_file: "ファイルに保存",
    save_key_as_file_label: |key| format!("ファイルに保存：{key}"),
    data_lead: "この端末のブラウザ（localStorage）に保存しているデータです。外部には送信していません。",
    confirm_delete_all: "このブラウザがこのサイトに保存している、このツールのデータをすべて削除しますか？ すべてのチェック（講座用・LMS用の保存場所のものも含む）、問い合わせ文の差出人、設定が消えます。開いている他のタブでも消えます。元には戻せません。必要なら先に書き出してください。",
    confirm_delete_all_yes: "すべて削除する",
    other_areas: |n| format!("このほか、このツールの別の保存場所（講座用・LMS用・講師用ページ）に{n}件のデータがあります。「すべて削除」ではそれも消えます。"),
    confirm_delete_all_lms: "コースのLMSに送った点数・完了・再開用の記録はLMSに残り、次にこの教材を開くとそこから戻ります。LMSの記録の削除は講師に依頼してください。",
    typed_confirm_word: "削除",
    typed_confirm_label: "確認のため「削除」と入力してください",
};

#[cfg(not(feature = "english-on-demand"))]
static EN: ChecksUi = ChecksUi {
    code_label: "Result code",
    code_check: "Check the code",
    assessments_lead: "Check each cloud service separately. “Duplicate” makes next year's re-check easy. Everything is saved in this browser and never sent anywhere.",
    new_assessment: "Start a new check",
    current_marker: "Open now",
    created_on: |d| format!("Created {d}"),
    updated_on: |d| format!("Updated {d}"),
    open: "Open",
    rename: "Rename",
    save_name: "Save",
    copy_name: |name| format!("{name} (copy)"),
    delete: "Delete",
    confirm_delete: |name| format!("Delete “{name}”? (You can undo it straight after.)"),
    confirm_delete_yes: "Delete",
    export_json: "Export as JSON",
    export_csv: "Export as CSV",
    export_all_csv: "Export all as CSV",
    export_heading: "Export",
    export_lead: "JSON can be imported back into this tool; CSV opens in spreadsheet software. Files are saved on this device.",
    import_heading: "Import",
    import_lead: "Import a JSON file exported by this tool. You see what it holds before anything changes.",
    choose_file: "Choose a file",
    drop_here: "or drop a file here",
    preview_heading: |file| format!("Before importing: {file}"),
    preview_meta: |count, at| format!("{}, exported {at}", count_en(count, "check", "checks")),
    import_as_new: "Import as new",
    replace_label: "Check to replace",
    confirm_replace: |name| format!("Replace the answers and memos of “{name}” with the file's? This cannot be undone."),
    confirm_replace_yes: "Replace",
    compare: "Compare two",
    compare_lead: "Put two services, or this year and last year, side by side. Items whose answers differ are marked “Differs”.",
    compare_first: "First",
    compare_second: "Second",
    compare_need_two: "You need at least two checks to compare. Make one with “Duplicate” or “Start a new check”.",
    differs: "Differs",
    differences: |n| format!("Items with different answers: {n}"),
    data_heading: "Data stored on this device",
    save_key_as_file: "Save as a file",
    save_key_as_file_label: |key| format!("Save as a file: {key}"),
    data_lead: "What this tool keeps in this browser (localStorage). Nothing is sent anywhere.",
    confirm_delete_all: "Delete all of this tool's data that this browser keeps for this site? Every check (including those kept for a course or an LMS activity), the letter's sender and the settings go, in other open tabs too. This cannot be undone; export first if you need a copy.",
    confirm_delete_all_yes: "Delete everything",
    other_areas: |n| format!("This tool also keeps {n} other {} in other areas of this site (for a course, an LMS activity, the trainer's page); “Delete all” removes them too.", if n == 1 { "entry" } else { "entries" }),
    confirm_delete_all_lms: "The score, completion and resume record already sent to the course's LMS stay there, and come back the next time you open this activity; ask your trainer to remove them.",
    typed_confirm_word: "delete",
    typed_confirm_label: "To confirm, type “delete”",
};
