//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-method-chain-return: NLL keeps the returned loan live on every
// path.
struct Names {
    list: Vec<String>,
}

impl Names {
    fn starting_with(&mut self, c: char) -> &String {
        if let Some(n) = self.list.iter().find(|n| n.starts_with(c)) {
            return n;
        }
        self.list.push(c.to_string()); //~ ERROR E0502
        self.list.last().unwrap()
    }
}

fn main() {
    let mut n = Names { list: vec![String::from("ann"), String::from("bob")] };
    println!("{}", n.starting_with('b'));
    println!("{}", n.starting_with('c'));
    println!("{}", n.list.len());
}
