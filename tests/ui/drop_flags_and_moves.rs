//@ spec: 12.7, 12.8
// Moved values are not dropped again; a value moved on one path only is dropped on the
// others (a drop flag); early returns, `?`, break and continue drop what they leave.
struct Token {
    id: u32,
}
impl Drop for Token {
    fn drop(&mut self) {
        println!("release {}", self.id);
    }
}

fn keep(t: Token) -> u32 {
    t.id
}

fn choose(first: bool) -> Token {
    let a = Token { id: 10 };
    let b = Token { id: 11 };
    if first {
        return a;
    }
    println!("chose second");
    b
}

fn checked(fail: bool) -> Option<u32> {
    let _guard = Token { id: 20 };
    let value: Option<u32> = if fail { None } else { Some(5) };
    let v = value?;
    Some(v + 1)
}

fn main() {
    for round in 0..2 {
        let t = Token { id: 100 + round };
        if round == 0 {
            println!("kept {}", keep(t));
        }
        println!("round {} ends", round);
    }
    let picked = choose(true);
    println!("picked {}", picked.id);
    let other = choose(false);
    println!("other {}", other.id);
    println!("checked {:?}", checked(false));
    println!("checked {:?}", checked(true));
    let mut n = 0;
    loop {
        n += 1;
        let _step = Token { id: 200 + n };
        if n == 1 {
            continue;
        }
        if n == 3 {
            break;
        }
        println!("step {}", n);
    }
    let maybe = Some(Token { id: 300 });
    match maybe {
        Some(t) if t.id > 1000 => println!("big {}", t.id),
        Some(t) => println!("small {}", t.id),
        None => println!("none"),
    }
    println!("done");
}
