//@ spec: 12.6
// A tail expression's temporaries outlive the block's own variables and die at the end
// of the statement that holds the block (edition 2021), in reverse order of creation.
struct Meter(&'static str);
impl Meter {
    fn wrap(&self, name: &'static str) -> Meter {
        println!("wrap {} in {}", self.0, name);
        Meter(name)
    }
}

impl Drop for Meter {
    fn drop(&mut self) {
        println!("meter {} off", self.0);
    }
}
impl Meter {
    fn value(&self) -> usize {
        self.0.len()
    }
}

fn meter(name: &'static str) -> Meter {
    Meter(name)
}

fn measure() -> usize {
    let _local = meter("fn local");
    meter("fn tail").value()
}

fn chained() -> usize {
    let _local = meter("chain local");
    meter("base").wrap("outer").value()
}

fn matched(n: u32) -> &'static str {
    let _local = meter("match local");
    match meter("scrutinee").value() + n as usize {
        9 => "nine",
        _ => "other",
    }
}

fn main() {
    let a = measure();
    println!("measured {}", a);
    let b = chained();
    println!("chained {}", b);
    println!("matched {}", matched(0));
    println!("matched {}", matched(1));
    let c = {
        let _inner = meter("block local");
        meter("block tail").value() + meter("second tail").value()
    };
    println!("block gave {}", c);
    let d = if c > 3 {
        let _branch = meter("branch local");
        meter("branch tail").value()
    } else {
        0
    };
    println!("if gave {}", d);
    println!("sum {}", meter("arg one").value() + meter("arg two").value());
    println!("end of main");
}
