//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. Returning a reference found while iterating self.items leaves the
// loan out of the path that pushes.
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
        self.items.push((key, format!("value-{}", key)));
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
