//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-struct-field-cache: NLL keeps the returned loan live on every
// path.
struct Cache {
    items: Vec<(u32, String)>,
}

impl Cache {
    fn lookup(&mut self, key: u32) -> &String {
        for (k, v) in self.items.iter() {
            if *k == key {
                return v;
            }
        }
        self.items.push((key, format!("value-{}", key))); //~ ERROR E0502
        &self.items[self.items.len() - 1].1
    }
}

fn main() {
    let mut c = Cache { items: Vec::new() };
    println!("{}", c.lookup(3));
    println!("{}", c.lookup(3));
    println!("{}", c.lookup(4));
    println!("{}", c.items.len());
}
