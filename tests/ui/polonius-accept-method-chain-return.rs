//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. A method that returns a found element or pushes a new one: the
// loan flows to the return only where it is returned.
struct Names {
    list: Vec<String>,
}

impl Names {
    fn starting_with(&mut self, c: char) -> &String {
        if let Some(n) = self.list.iter().find(|n| n.starts_with(c)) {
            return n;
        }
        self.list.push(c.to_string());
        self.list.last().unwrap()
    }
}

fn main() {
    let mut n = Names { list: vec![String::from("ann"), String::from("bob")] };
    println!("{}", n.starting_with('b'));
    println!("{}", n.starting_with('c'));
    println!("{}", n.list.len());
}
