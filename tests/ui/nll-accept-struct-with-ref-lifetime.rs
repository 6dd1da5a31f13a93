//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the view struct's borrow of `data` alive to the end of main.
struct View<'a> { items: &'a [i32], name: &'a str }
impl<'a> View<'a> {
    fn total(&self) -> i32 { self.items.iter().sum() }
    fn first(&self) -> &'a i32 { &self.items[0] }
}
fn main() {
    let mut data = vec![4, 5, 6];
    let label = String::from("data");
    let view = View { items: &data, name: &label };
    let t = view.total();
    let f = *view.first();
    println!("{}: {} {}", view.name, t, f);
    data.push(t);
    println!("{:?}", data);
}
