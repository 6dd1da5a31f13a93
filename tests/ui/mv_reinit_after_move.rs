//@ spec: 12.1, 12.7, 12.8
// A moved-out variable becomes usable again once assigned a new value; when the move
// happened on one branch only, the drop flag decides whether the old value is dropped.
struct Buf {
    name: String,
}

impl Drop for Buf {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn sink(b: Buf) {
    println!("sink got {}", b.name);
}

fn main() {
    let mut b = Buf { name: String::from("first") };
    sink(b);
    b = Buf { name: String::from("second") };
    println!("reinit {}", b.name);

    for i in 0..3 {
        if i % 2 == 0 {
            sink(b);
            b = Buf { name: format!("round{}", i) };
        } else {
            b = Buf { name: format!("replaced{}", i) };
        }
        println!("now {}", b.name);
    }

    let mut s = String::from("text");
    let t = s;
    s = t + "-more";
    println!("{}", s);

    let c;
    let flag = b.name.len() > 3;
    if flag {
        c = b;
    } else {
        c = Buf { name: String::from("fresh") };
    }
    println!("c is {}", c.name);
    println!("end");
}
