//@ spec: 11.2, 12.1, 12.7
// `..base` in a struct literal moves only the fields it actually takes: when the literal
// supplies every non-Copy field itself, base keeps them and stays partly usable, and the
// fields taken from base are no longer dropped with it.
#[derive(Debug)]
struct Config {
    name: String,
    path: String,
    retries: u32,
    verbose: bool,
}

struct Tag(&'static str);
impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop tag {}", self.0);
    }
}

struct Labelled {
    first: Tag,
    second: Tag,
    n: u32,
}

fn main() {
    let base = Config { name: String::from("base"), path: String::from("/tmp"), retries: 3, verbose: false };
    let loud = Config { verbose: true, name: String::from("loud"), ..base };
    println!("{:?}", loud);
    println!("base keeps name {} and retries {}", base.name, base.retries);

    let fresh = Config { name: String::from("n"), path: String::from("/p"), ..base };
    println!("{:?}", fresh);
    println!("base still whole enough: {} {}", base.name, base.verbose);

    let a = Labelled { first: Tag("a1"), second: Tag("a2"), n: 1 };
    let b = Labelled { first: Tag("b1"), ..a };
    println!("b: {} {} {}", b.first.0, b.second.0, b.n);
    println!("a.first still {}", a.first.0);
}
