//@ run-pass
//@ spec: 20.12
// A method of `Cache<'a>` may store references of `'a` into self.
struct Cache<'a> { items: Vec<&'a str>, best: Option<&'a str> }
impl<'a> Cache<'a> {
    fn add(&mut self, s: &'a str) {
        self.items.push(s);
        if self.best.map_or(true, |b| s.len() > b.len()) {
            self.best = Some(s);
        }
    }
}
fn main() {
    let words = String::from("a bb ccc");
    let mut c = Cache { items: Vec::new(), best: None };
    for w in words.split(' ') {
        c.add(w);
    }
    println!("{:?} {:?}", c.items, c.best);
}
