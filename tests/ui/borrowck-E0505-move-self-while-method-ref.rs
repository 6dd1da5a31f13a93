//@ compile-fail
//@ spec: 20.9
// A getter's reference is live when the owner is moved into a function.
struct Doc { title: String }
impl Doc { fn title(&self) -> &String { &self.title } }
fn archive(d: Doc) -> usize { d.title.len() }
fn main() {
    let d = Doc { title: String::from("t") };
    let t = d.title();
    let n = archive(d); //~ ERROR E0505
    println!("{} {}", t, n);
}
