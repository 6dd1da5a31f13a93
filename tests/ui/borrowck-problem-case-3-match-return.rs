//@ compile-fail
//@ spec: 20.17
// NLL problem case #3 with a match on a `&mut` field: returning the found reference from one
// arm keeps the whole `self.items` borrowed in the other arm.
struct Store { items: Vec<String> }
impl Store {
    fn find_or_add(&mut self, name: &str) -> &mut String {
        match self.items.iter_mut().find(|s| s.as_str() == name) {
            Some(s) => return s,
            None => {}
        }
        self.items.push(name.to_string()); //~ ERROR E0499
        self.items.last_mut().unwrap() //~ ERROR E0499
    }
}
fn main() {
    let mut st = Store { items: Vec::new() };
    st.find_or_add("a").push('!');
    println!("{:?}", st.items);
}
