//@ compile-fail
//@ spec: 12.1
struct Token {
    id: u32,
}

fn consume(t: Token) -> u32 {
    t.id
}

fn main() {
    let a = Token { id: 1 };
    let b = a;
    println!("{}", a.id); //~ ERROR E0382
    let c = Token { id: 2 };
    consume(c);
    let d = consume(c); //~ ERROR E0382
    println!("{} {}", b.id, d);
}
