//@ compile-fail
//@ spec: 20.9
// A struct holding a reference to v is used after v is moved.
struct View<'a> { data: &'a Vec<i32> }
fn main() {
    let v = vec![1, 2];
    let view = View { data: &v };
    let w = v; //~ ERROR E0505
    println!("{} {}", view.data.len(), w.len());
}
