//@ spec: 7.2, 18.2
// rustc's Debug for str and char writes the quoted text and ignores width and fill,
// unlike Display; a padded table of {:?} cells must come out unpadded.
fn main() {
    let names = ["ab", "c\"d", "é"];
    for n in names.iter() {
        println!("[{:>8}] [{:>8?}] [{:<6?}]", n, n, 'x');
    }
    println!("[{:*^10?}] [{:10?}]", "mid", String::from("own"));
}
