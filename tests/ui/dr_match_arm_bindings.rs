//@ spec: 12.5, 12.7
// A match arm that binds a payload by value moves it out, and the binding dies at the
// end of that arm; `ref` bindings and arms that bind nothing leave the value to its owner.
struct Coin(u32);
impl Drop for Coin {
    fn drop(&mut self) {
        println!("coin {} spent", self.0);
    }
}

enum Wallet {
    Empty,
    One(Coin),
    Two(Coin, Coin),
}

fn wallet(n: u32) -> Wallet {
    match n {
        0 => Wallet::Empty,
        1 => Wallet::One(Coin(10)),
        _ => Wallet::Two(Coin(20), Coin(21)),
    }
}

fn spend(w: Wallet) -> u32 {
    let total = match w {
        Wallet::Empty => 0,
        Wallet::One(c) => {
            println!("spending single {}", c.0);
            c.0
        }
        Wallet::Two(a, _) => {
            println!("spending first of two: {}", a.0);
            a.0
        }
    };
    println!("spend computed {}", total);
    total
}

fn main() {
    for n in 0..3 {
        println!("spend -> {}", spend(wallet(n)));
    }
    let w = wallet(2);
    match w {
        Wallet::Two(ref a, ref b) => println!("peek {} {}", a.0, b.0),
        _ => println!("nothing"),
    }
    println!("after peek");
    let opt = Some(Coin(30));
    match opt {
        Some(c) if c.0 > 100 => println!("large {}", c.0),
        Some(c) => println!("small {}", c.0),
        None => println!("none"),
    }
    println!("after guard match");
    println!("end of main");
}
