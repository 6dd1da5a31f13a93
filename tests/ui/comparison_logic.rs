//@ run-pass
//@ spec: 6.3
fn side_effect(flag: bool, label: char) -> bool {
    print!("{}", label);
    flag
}

fn main() {
    println!("{} {} {} {} {} {}", 1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5);
    println!("{} {}", true && false, true || false);
    println!("{}", !true);
    let r = side_effect(false, 'a') && side_effect(true, 'b');
    println!(" {}", r);
    let r = side_effect(true, 'c') || side_effect(true, 'd');
    println!(" {}", r);
    println!("{} {}", 'a' < 'b', true > false);
    println!("{}", -1 < 1);
    println!("{}", 200u8 > 100u8);
}
