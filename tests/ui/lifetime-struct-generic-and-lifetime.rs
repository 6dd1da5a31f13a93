//@ run-pass
//@ spec: 19.1, 13.1
// A struct with a lifetime and a type parameter; `T: 'a` as a bound.
struct View<'a, T: 'a> {
    items: &'a [T],
}

impl<'a, T: std::fmt::Debug> View<'a, T> {
    fn first(&self) -> &'a T {
        &self.items[0]
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let v = vec![10, 20, 30];
    let view = View { items: &v[1..] };
    println!("{:?} {}", view.first(), view.len());
    let words = ["x", "y"];
    let w = View { items: &words };
    println!("{:?} {}", w.first(), w.len());
}
