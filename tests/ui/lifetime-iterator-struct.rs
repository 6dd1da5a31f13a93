//@ run-pass
//@ spec: 19.1, 16.1
// An iterator over a borrowed slice: `impl<'a> Iterator for Evens<'a>` with
// `type Item = &'a i32`.
struct Evens<'a> {
    items: &'a [i32],
    i: usize,
}

impl<'a> Iterator for Evens<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        while self.i < self.items.len() {
            let x = &self.items[self.i];
            self.i += 1;
            if *x % 2 == 0 {
                return Some(x);
            }
        }
        None
    }
}

fn main() {
    let v = vec![1, 2, 3, 4, 6, 7];
    let ev = Evens { items: &v, i: 0 };
    for x in ev {
        println!("{}", x);
    }
}
