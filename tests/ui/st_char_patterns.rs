//@ spec: 18.4, 18.5
// Teaching programs search with char patterns as often as with &str ones: find,
// contains, starts_with, ends_with, replace and split all accept a char in rustc.
fn key_value(line: &str) -> Option<(&str, &str)> {
    let eq = line.find('=')?;
    Some((line[..eq].trim(), line[eq + 1..].trim()))
}

fn main() {
    let lines = ["name = Ferris", "# comment", "age=7", "broken line", "path = /a/b=c"];
    for line in lines.iter() {
        if line.starts_with('#') {
            println!("skip comment {:?}", line);
            continue;
        }
        match key_value(line) {
            Some((k, v)) => println!("{} -> {} (has slash: {})", k, v, v.contains('/')),
            None => println!("no '=' in {:?}", line),
        }
    }
    let path = "/usr/local/bin/";
    println!("{} {}", path.ends_with('/'), path.replace('/', "\\"));
    let parts: Vec<&str> = path.split('/').collect();
    println!("{:?}", parts);
    println!("{:?} {:?}", "héllo".find('l'), "héllo".find('z'));
}
