//@ spec: 12.5, 12.6
// `let _ = make();` binds nothing, so the value is a temporary dropped at once, while
// `_name` is a real binding living to the block end; `let _ = var;` does not move var.
struct Lock(&'static str);
impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock {}", self.0);
    }
}

fn acquire(name: &'static str) -> Lock {
    println!("lock {}", name);
    Lock(name)
}

fn pair(a: &'static str, b: &'static str) -> (Lock, Lock) {
    (acquire(a), acquire(b))
}

fn main() {
    let _ = acquire("wildcard");
    println!("after wildcard");
    let _held = acquire("held");
    println!("after held");
    let kept = acquire("kept");
    let _ = kept;
    println!("kept still usable: {}", kept.0);
    let (_, second) = pair("first-of-pair", "second-of-pair");
    println!("took {}", second.0);
    let whole = pair("w0", "w1");
    let (_, ref w1) = whole;
    println!("peeked {}", w1.0);
    match acquire("match scrutinee") {
        _ => println!("in wildcard arm"),
    }
    match acquire("bound scrutinee") {
        _m => println!("in binding arm"),
    }
    println!("end of main");
}
